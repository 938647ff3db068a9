using System.Text;

namespace WorkPlan.Documents.Cli.Tests.Fuzz;

/// <summary>
/// One generated run of <c>workplan</c>: the files to lay out in a fresh folder, then the command line. Every
/// argument may hold <see cref="Folder"/>, replaced by that folder's path when the case runs, so a case is plain data
/// that can be written out as a reproducer.
/// </summary>
/// <param name="Arguments">The command line, after <c>workplan</c>.</param>
/// <param name="Files">The files to write first, by path relative to the case's folder.</param>
/// <param name="Folders">Empty folders to create first, relative to the case's folder.</param>
/// <param name="Description">What was generated and how it was damaged, for the failure report.</param>
public sealed record FuzzCase(IReadOnlyList<string> Arguments, IReadOnlyList<FuzzFile> Files, IReadOnlyList<string> Folders, string Description)
{
    /// <summary>The placeholder for the case's folder in <see cref="Arguments"/>.</summary>
    public const string Folder = "{dir}";

    /// <summary>Creates a case with no empty folders.</summary>
    public FuzzCase(IReadOnlyList<string> arguments, IReadOnlyList<FuzzFile> files, string description)
        : this(arguments, files, [], description)
    {
    }

    /// <summary>The command line with the folder's path in place of <see cref="Folder"/>.</summary>
    public string[] ArgumentsIn(string folder) => Arguments.Select(a => a.Replace(Folder, folder, StringComparison.Ordinal)).ToArray();

    /// <summary>Writes the case's files and folders into <paramref name="folder"/>.</summary>
    public void LayOut(string folder)
    {
        foreach (string relative in Folders)
        {
            Directory.CreateDirectory(Path.Combine(folder, relative));
        }

        foreach (FuzzFile file in Files)
        {
            string path = Path.Combine(folder, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, file.Content);
        }
    }

    /// <summary>The command line as a POSIX shell would take it, run from the case's folder.</summary>
    public string ShellLine() =>
        "workplan " + string.Join(' ', Arguments.Select(a => Quote(a.Replace(FuzzCase.Folder + "/", string.Empty, StringComparison.Ordinal).Replace(FuzzCase.Folder, ".", StringComparison.Ordinal))));

    private static string Quote(string argument) =>
        argument.Length > 0 && argument.All(c => char.IsAsciiLetterOrDigit(c) || "-_./=,:".Contains(c, StringComparison.Ordinal))
            ? argument
            : "'" + argument.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}

/// <summary>A file of a <see cref="FuzzCase"/>: its path relative to the case's folder and its exact bytes.</summary>
/// <param name="Path">The relative path, with '/' separators.</param>
/// <param name="Content">The bytes, damaged or not.</param>
public sealed record FuzzFile(string Path, byte[] Content)
{
    /// <summary>A file holding <paramref name="text"/> as UTF-8 without a BOM.</summary>
    public static FuzzFile Text(string path, string text) => new(path, Encoding.UTF8.GetBytes(text));
}
