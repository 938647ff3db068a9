using CsCheck;
using WorkPlan.Documents.Templates;

namespace WorkPlan.Documents.Cli.Tests.Fuzz;

/// <summary>
/// The generated cases of each command: its damaged inputs laid out in the case's folder, and a command line over
/// them with the options drawn too (output to standard output, a file, an existing folder, a path under a file…).
/// </summary>
public static class CommandCases
{
    private const string Dir = FuzzCase.Folder;

    private static readonly Gen<string> Month = Gen.Frequency(
        (12, Gen.Select(Gen.Frequency((4, Gen.Int[2014, 2199]), (2, Gen.OneOf(1, 1899, 1900, 2013, 2200, 9999)), (1, Gen.Int[1, 9999])), Gen.Int[1, 12])
            .Select((year, month) => $"{year:D4}-{month:D2}")),
        (1, Gen.OneOf("2021-13", "2021-00", "21-05", "2021-5", "+2021-05", "10000-01", "0000-01", "-0001-01", "2021-05-01", "", " 2021-05", "２０２１-05", "2021-05\u200B", "9999-13")),
        (1, Gen.String[0, 12]));

    /// <summary>Where a command writes its programme JSON: the options and the folders or files that make it hard.</summary>
    private static readonly Gen<Placement> JsonOutput = Gen.Frequency(
        (3, Place([], [], [])),
        (4, Place(["-o", Dir + "/plan.json"], [], [])),
        (1, Place(["-o", Dir + "/plan.json"], [FuzzFile.Text("plan.json", "old")], [])),
        (1, Place(["-o", Dir + "/plan.json"], [], ["plan.json"])),
        (1, Place(["-o", Dir + "/new/deeper/plan.json"], [], [])),
        (1, Place(["-o", Dir + "/blocker/plan.json"], [FuzzFile.Text("blocker", "a file")], [])),
        (1, Place(["-o", Dir + "/"], [], [])));

    /// <summary>How an input path can be wrong before its content is read: missing, a folder, empty.</summary>
    private static readonly Gen<int> PathOddity = Gen.Frequency((30, Gen.Const<int>(0)), (1, Gen.Const<int>(1)), (1, Gen.Const<int>(2)), (1, Gen.Const<int>(3)));

    /// <summary><c>workplan new --month M [--header H] [-o OUT]</c>.</summary>
    public static Gen<FuzzCase> New { get; } =
        from month in Month
        from header in Gen.Frequency((2, Gen.Const<Damaged?>((Damaged?)null)), (3, InputGen.Header.Select(h => (Damaged?)h)))
        from output in JsonOutput
        select Case(
            ["new", "--month", month, .. HeaderArguments(header), .. output.Arguments],
            [.. HeaderFiles(header), .. output.Files],
            output.Folders,
            $"month '{month}'; {header?.Description ?? "no header"}");

    /// <summary><c>workplan import TEXT [--header H] [-o OUT]</c>.</summary>
    public static Gen<FuzzCase> Import { get; } =
        from text in InputGen.Text
        from oddity in PathOddity
        from header in Gen.Frequency((1, Gen.Const<Damaged?>((Damaged?)null)), (2, InputGen.Header.Select(h => (Damaged?)h)))
        from output in JsonOutput
        select Case(
            ["import", Dir + "/seed.txt", .. HeaderArguments(header), .. output.Arguments],
            [.. Input("seed.txt", text, oddity), .. HeaderFiles(header), .. output.Files],
            [.. output.Folders, .. OddFolder("seed.txt", oddity)],
            $"{text.Description}; {Odd(oddity)}{header?.Description ?? "no header"}");

    /// <summary><c>workplan check PLAN [--format text|json]</c>.</summary>
    public static Gen<FuzzCase> Check { get; } =
        from programme in InputGen.Programme
        from oddity in PathOddity
        from format in Gen.OneOf<string[]>([], ["--format", "text"], ["--format", "json"], [], ["--format", "text"], ["--format", "json"], [], ["-f", "json"], ["-f", "xml"])
        select Case(
            ["check", Dir + "/plan.json", .. format],
            Input("plan.json", programme, oddity),
            OddFolder("plan.json", oddity),
            $"{Odd(oddity)}{programme.Description}");

    /// <summary><c>workplan render INPUTS -o OUT [--format F] [--templates DIR] [--stylesheet CSS]</c>.</summary>
    public static Gen<FuzzCase> Render { get; } =
        from programmes in Gen.Frequency((3, InputGen.Programme.Array[1, 1]), (1, InputGen.Programme.Array[2, 3]))
        from asFolder in Gen.Frequency((3, Gen.Const<bool>(false)), (1, Gen.Const<bool>(true)))
        from format in Gen.Frequency((12, Gen.OneOf<string[]>([], ["--format", "docx"], ["--format", "html"], ["-f", "docx,html"])), (1, Gen.OneOf<string[]>(["-f", "pdf"], ["-f", ""])))
        from templates in Gen.Frequency((3, Gen.Const<TemplateFolder?>((TemplateFolder?)null)), (2, InputGen.TemplateFolder.Select(t => (TemplateFolder?)t)))
        from css in Gen.Frequency((3, Gen.Const<Damaged?>((Damaged?)null)), (1, InputGen.StyleSheet.Select(s => (Damaged?)s)))
        from output in Gen.Frequency((8, Gen.Const<int>(0)), (1, Gen.Const<int>(1)), (1, Gen.Const<int>(2)))
        select RenderCase(programmes, asFolder, format, templates, css, output);

    /// <summary><c>workplan templates export DIR [--force]</c>, into new, existing, half-filled and impossible folders.</summary>
    public static Gen<FuzzCase> TemplatesExport { get; } =
        from target in Gen.OneOf("set", "new/deeper/set", "blocker/set", "ư ̉ set", "blocker", ".")
        from existing in Gen.Int[0, (1 << Nd30Templates.FileNames.Count) - 1]
        from existingKind in Gen.Int[0, 3]
        from force in Gen.Bool
        select ExportCase(target, existing, existingKind, force);

    private static Gen<Placement> Place(string[] arguments, FuzzFile[] files, string[] folders) => Gen.Const<Placement>(new Placement(arguments, files, folders));

    private static FuzzCase Case(string[] arguments, FuzzFile[] files, string[] folders, string description) => new(arguments, files, folders, description);

    private static string[] HeaderArguments(Damaged? header) => header is null ? [] : ["--header", Dir + "/header.json"];

    private static FuzzFile[] HeaderFiles(Damaged? header) => header is null ? [] : [new FuzzFile("header.json", header.Content)];

    private static FuzzFile[] Input(string name, Damaged content, int oddity) => oddity switch
    {
        0 => [new FuzzFile(name, content.Content)],
        3 => [new FuzzFile(name, [])],
        _ => [],
    };

    private static string[] OddFolder(string name, int oddity) => oddity == 2 ? [name] : [];

    private static string Odd(int oddity) => oddity switch
    {
        1 => "input missing; ",
        2 => "input is a folder; ",
        3 => "input empty; ",
        _ => string.Empty,
    };

    private static FuzzCase RenderCase(
        Damaged[] programmes,
        bool asFolder,
        string[] format,
        TemplateFolder? templates,
        Damaged? css,
        int output)
    {
        var files = new List<FuzzFile>();
        var folders = new List<string>();
        var arguments = new List<string> { "render" };
        string inputs = asFolder ? "plans/" : string.Empty;
        for (int i = 0; i < programmes.Length; i++)
        {
            files.Add(new FuzzFile($"{inputs}plan{i}.json", programmes[i].Content));
            if (!asFolder)
            {
                arguments.Add($"{Dir}/plan{i}.json");
            }
        }

        if (asFolder)
        {
            arguments.Add(Dir + "/plans");
        }

        arguments.AddRange(["-o", Dir + "/out"]);
        if (output == 1)
        {
            // A previous run's documents, and a temporary file an interrupted run left.
            files.Add(FuzzFile.Text("out/plan0.docx", "old"));
            files.Add(FuzzFile.Text("out/.plan0.docx.tmp", "left over"));
        }
        else if (output == 2)
        {
            files.Add(FuzzFile.Text("out", "a file where the folder should be"));
        }

        arguments.AddRange(format);
        if (templates is not null)
        {
            arguments.AddRange(["--templates", Dir + "/templates"]);
            folders.Add("templates");
            files.AddRange(templates.Files.Select(f => f with { Path = "templates/" + f.Path }));
        }

        if (css is not null)
        {
            arguments.AddRange(["--stylesheet", Dir + "/extra.css"]);
            files.Add(new FuzzFile("extra.css", css.Content));
        }

        string description = string.Join("; ", programmes.Select(p => p.Description))
            + (asFolder ? "; as a folder" : string.Empty)
            + (templates is null ? string.Empty : "; " + templates.Description)
            + (css is null ? string.Empty : "; --stylesheet " + css.Description)
            + (output switch { 1 => "; old outputs and a leftover", 2 => "; out is a file", _ => string.Empty });
        return new FuzzCase(arguments, files, folders, description);
    }

    private static FuzzCase ExportCase(string target, int existing, int existingKind, bool force)
    {
        var files = new List<FuzzFile>();
        var folders = new List<string>();
        if (target.StartsWith("blocker", StringComparison.Ordinal))
        {
            files.Add(FuzzFile.Text("blocker", "a file"));
        }
        else
        {
            for (int i = 0; i < Nd30Templates.FileNames.Count; i++)
            {
                if ((existing & (1 << i)) == 0 || existingKind == 0)
                {
                    continue;
                }

                string path = target == "." ? Nd30Templates.FileNames[i] : $"{target}/{Nd30Templates.FileNames[i]}";
                if (existingKind == 3)
                {
                    // A folder where a template file goes.
                    folders.Add(path);
                }
                else
                {
                    files.Add(FuzzFile.Text(path, existingKind == 1 ? "an old version" : Nd30Templates.ReadFile(Nd30Templates.FileNames[i])));
                }
            }
        }

        string[] arguments = ["templates", "export", target == "." ? Dir : $"{Dir}/{target}", .. force ? new[] { "--force" } : []];
        return new FuzzCase(arguments, files, folders, $"export into '{target}', existing files {existing:X} kind {existingKind}, force {force}");
    }
}

/// <summary>Where a command writes, with the files and folders laid out first to make that easy or hard.</summary>
/// <param name="Arguments">The output options.</param>
/// <param name="Files">Files laid out first.</param>
/// <param name="Folders">Folders laid out first.</param>
public sealed record Placement(string[] Arguments, FuzzFile[] Files, string[] Folders);
