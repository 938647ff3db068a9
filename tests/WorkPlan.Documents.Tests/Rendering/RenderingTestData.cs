using System.Runtime.CompilerServices;
using WorkPlan.Documents.Tests.Common;

namespace WorkPlan.Documents.Tests.Rendering;

/// <summary>
/// Finds the rendering test data (TestData/Rendering/…) beside the test sources, for data-driven theories: each case
/// is an input <c>&lt;case&gt;.&lt;ext&gt;</c> (one dot) with its goldens <c>&lt;case&gt;[.&lt;what&gt;].verified.&lt;ext&gt;</c> beside it.
/// </summary>
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
    /// Compares <paramref name="actual"/> with a case's golden, <c>&lt;case&gt;[.&lt;what&gt;].verified.&lt;ext&gt;</c>
    /// beside its input (see <see cref="Golden.VerifyFile"/>: received file, diff, accept switch).
    /// </summary>
    public static void Verify(string relative, string golden, string actual) =>
        Golden.VerifyFile(actual, Path.Combine(Folder(relative), golden));

    public static string RepositoryFile(string relative) =>
        Path.GetFullPath(Path.Combine(ThisFolder(), "..", "..", "..", relative));

    private static string ThisFolder([CallerFilePath] string thisFile = "") => Path.GetDirectoryName(thisFile)!;
}
