using System.Text;

namespace WorkPlan.Documents.Tests.Common;

/// <summary>
/// The shared corpus of broken template sets (tests/TemplateCorpus/&lt;case&gt;/: the override files and
/// expected.txt, one "file(line,col): severity id" per line), read by the tests of the template checker's three doors:
/// the library, the source generator and <c>workplan templates check</c>.
/// </summary>
public static class TemplateCorpus
{
    /// <summary>The name of the file that holds a case's expected diagnostics.</summary>
    public const string ExpectedFile = "expected.txt";

    /// <summary>Gets the corpus folder.</summary>
    public static string Folder => Path.Combine(RepositoryRoot.Path, "tests", "TemplateCorpus");

    /// <summary>The case names, in ordinal order, for a theory.</summary>
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (string folder in Directory.GetDirectories(Folder).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(folder));
        }

        return data;
    }

    /// <summary>The folder of a case.</summary>
    public static string CaseFolder(string name) => Path.Combine(Folder, name);

    /// <summary>The expected lines of a case, in the checker's order.</summary>
    public static string[] Expected(string name) =>
        [.. File.ReadAllLines(Path.Combine(CaseFolder(name), ExpectedFile)).Where(l => l.Length > 0)];

    /// <summary>The override files of a case (name and text), in ordinal order.</summary>
    public static List<KeyValuePair<string, string>> Files(string name) =>
        [.. Directory.GetFiles(CaseFolder(name))
            .Where(f => Path.GetFileName(f) != ExpectedFile)
            .Order(StringComparer.Ordinal)
            .Select(f => new KeyValuePair<string, string>(Path.GetFileName(f), File.ReadAllText(f, Encoding.UTF8)))];
}
