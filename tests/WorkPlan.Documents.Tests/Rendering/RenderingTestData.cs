using System.Runtime.CompilerServices;

namespace WorkPlan.Documents.Tests.Rendering;

/// <summary>Finds the rendering test data (TestData/Rendering/…) beside the test sources, for data-driven theories.</summary>
internal static class RenderingTestData
{
    public static string Folder(string relative) =>
        Path.GetFullPath(Path.Combine(ThisFolder(), "..", "TestData", "Rendering", relative));

    public static TheoryData<string> Cases(string relative, string extension)
    {
        var cases = new TheoryData<string>();
        foreach (string file in Directory.GetFiles(Folder(relative), "*" + extension).OrderBy(f => f, StringComparer.Ordinal))
        {
            string name = Path.GetFileName(file);
            if (name.IndexOf('.') == name.Length - extension.Length)
            {
                cases.Add(name.Substring(0, name.Length - extension.Length));
            }
        }

        return cases;
    }

    public static string Read(string relative, string file) =>
        File.ReadAllText(Path.Combine(Folder(relative), file)).Replace("\r\n", "\n");

    /// <summary>
    /// Compares <paramref name="actual"/> with the expected file; when they differ (or the file is missing) writes
    /// <c>&lt;name&gt;.received.&lt;ext&gt;</c> beside it for review and fails. Rename it to accept it, after reading it.
    /// </summary>
    public static void AssertMatches(string relative, string file, string actual)
    {
        string path = Path.Combine(Folder(relative), file);
        string received = Path.ChangeExtension(path, ".received" + Path.GetExtension(path));
        string? expected = File.Exists(path) ? File.ReadAllText(path).Replace("\r\n", "\n") : null;
        if (expected == actual)
        {
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, actual);
        Assert.Fail(expected is null
            ? $"{file} does not exist; the output was written to {received} for review."
            : $"{file} differs from the output (written to {received}).\n--- expected\n{expected}\n--- actual\n{actual}");
    }

    public static string RepositoryFile(string relative) =>
        Path.GetFullPath(Path.Combine(ThisFolder(), "..", "..", "..", relative));

    private static string ThisFolder([CallerFilePath] string thisFile = "") => Path.GetDirectoryName(thisFile)!;
}
