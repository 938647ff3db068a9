namespace WorkPlan.Documents.Cli.Batch;

/// <summary>
/// Expands the files and folders given to <c>workplan render</c> into the programme files to render: a folder
/// stands for the <c>*.json</c> files directly in it, except header files (<c>*.header.json</c>, kept beside the
/// programmes they describe as in seeds/). Checks, before anything is rendered, that every path exists and
/// that no two inputs would write the same output file.
/// </summary>
internal static class BatchInputs
{
    /// <summary>The name ending of header files, which a folder's expansion leaves out.</summary>
    public const string HeaderSuffix = ".header.json";

    /// <summary>Expands <paramref name="paths"/>.</summary>
    /// <param name="paths">Files and folders as the user named them.</param>
    /// <returns>The programme files, in the order given (a folder's files in ordinal name order), without repeats.</returns>
    /// <exception cref="CliException">A path is missing, a folder holds no programme, or two inputs share a file name.</exception>
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths)
    {
        var inputs = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var byOutputName = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (string path in paths)
        {
            IEnumerable<string> files;
            if (Directory.Exists(path))
            {
                files = Directory.EnumerateFiles(path, "*.json", SearchOption.TopDirectoryOnly)
                    .Where(f => !f.EndsWith(HeaderSuffix, StringComparison.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal)
                    .ToList();
                if (!files.Any())
                {
                    throw new CliException(ExitCodes.InvalidInput, path, "the folder holds no programme (.json) file.");
                }
            }
            else if (File.Exists(path))
            {
                files = [path];
            }
            else
            {
                throw new CliException(ExitCodes.InvalidInput, path, "file or folder not found.");
            }

            foreach (string file in files)
            {
                if (!seen.Add(Path.GetFullPath(file)))
                {
                    continue;
                }

                // Outputs are named after the input, so two inputs with one name would overwrite each other's
                // documents (case-insensitively, for the file systems that are).
                string name = OutputName(file);
                if (byOutputName.TryGetValue(name, out string? other))
                {
                    throw new CliException(ExitCodes.Usage, file, $"has the same name as {other}; both would write {name}.docx/.html. Rename one or render them into different folders.");
                }

                byOutputName.Add(name, file);
                inputs.Add(file);
            }
        }

        return inputs;
    }

    /// <summary>The output file name (without extension) for an input: its own name without the extension.</summary>
    public static string OutputName(string input) => Path.GetFileNameWithoutExtension(input);
}
