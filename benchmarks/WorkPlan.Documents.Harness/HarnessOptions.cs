using System.Globalization;
using System.Reflection;

namespace WorkPlan.Documents.Harness;

/// <summary>
/// The harness's command line: <c>cold-start|bulk [--runs N] [--formats docx,html] [--targets api,cli,…]
/// [--counts 1,10,100] [--cli PATH/workplan.dll] [--cli-native PATH] [--quickstart PATH] [--webapi PATH]
/// [--inputs FILE,…]</c>; <c>peak</c> renders the seed and each input once per fresh process and reports peak memory.
/// </summary>
internal sealed class HarnessOptions
{
    public required string Command { get; init; }

    /// <summary>Cold start: processes started per row.</summary>
    public int Runs { get; init; } = 20;

    public IReadOnlyList<string> Formats { get; init; } = ["docx", "html"];

    /// <summary>Cold start: which processes (<see cref="ColdStartTarget.Names"/>); by default those that need no published sample.</summary>
    public IReadOnlyList<string> Targets { get; init; } = ["baseline", "api", "cli", "check"];

    /// <summary>Bulk: the batch sizes N.</summary>
    public IReadOnlyList<int> Counts { get; init; } = [10, 100, 1000];

    /// <summary>The <c>workplan</c> tool's .dll; by default the Release build beside this repository's sources.</summary>
    public string CliPath { get; init; } = DefaultCliPath();

    /// <summary>The native (Native AOT) <c>workplan</c> executable, for the <c>-native</c> targets.</summary>
    public string? NativeCliPath { get; init; }

    /// <summary>The published samples/QuickStart executable (ReadyToRun), for the <c>quickstart</c> target.</summary>
    public string? QuickStartPath { get; init; }

    /// <summary>The published samples/WebApi executable, for the <c>webapi</c> target.</summary>
    public string? WebApiPath { get; init; }

    /// <summary>Peak: the programme JSON files to render besides the seed.</summary>
    public IReadOnlyList<string> Inputs { get; init; } = [];

    public static HarnessOptions Parse(string[] args)
    {
        if (args.Length == 0 || args[0] is not ("cold-start" or "bulk" or "peak"))
        {
            throw new ArgumentException(
                "usage: cold-start|bulk|peak [--runs N] [--formats docx,html] [--targets " + string.Join(',', ColdStartTarget.Names)
                + "] [--counts 10,100,1000] [--cli PATH/workplan.dll] [--cli-native PATH] [--quickstart PATH] [--webapi PATH] [--inputs FILE,FILE]");
        }

        var options = new HarnessOptions { Command = args[0] };
        for (int i = 1; i < args.Length; i += 2)
        {
            string value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value.");
            options = args[i] switch
            {
                "--runs" => options.With(runs: int.Parse(value, CultureInfo.InvariantCulture)),
                "--formats" => options.With(formats: List(value)),
                "--targets" => options.With(targets: List(value)),
                "--counts" => options.With(counts: List(value).Select(v => int.Parse(v, CultureInfo.InvariantCulture)).ToList()),
                "--cli" => options.With(cli: Path.GetFullPath(value)),
                "--cli-native" => options.With(nativeCli: Path.GetFullPath(value)),
                "--quickstart" => options.With(quickStart: Path.GetFullPath(value)),
                "--webapi" => options.With(webApi: Path.GetFullPath(value)),
                "--inputs" => options.With(inputs: List(value).Select(Path.GetFullPath).ToList()),
                _ => throw new ArgumentException($"unknown option {args[i]}."),
            };
        }

        return options;
    }

    private static List<string> List(string value) => value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    private HarnessOptions With(
        int? runs = null,
        IReadOnlyList<string>? formats = null,
        IReadOnlyList<string>? targets = null,
        IReadOnlyList<int>? counts = null,
        string? cli = null,
        string? nativeCli = null,
        string? quickStart = null,
        string? webApi = null,
        IReadOnlyList<string>? inputs = null) => new()
        {
            Command = Command,
            Runs = runs ?? Runs,
            Formats = formats ?? Formats,
            Targets = targets ?? Targets,
            Counts = counts ?? Counts,
            CliPath = cli ?? CliPath,
            NativeCliPath = nativeCli ?? NativeCliPath,
            QuickStartPath = quickStart ?? QuickStartPath,
            WebApiPath = webApi ?? WebApiPath,
            Inputs = inputs ?? Inputs,
        };

    private static string DefaultCliPath() =>
        typeof(HarnessOptions).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "WorkplanCliPath")?.Value ?? "workplan.dll";
}
