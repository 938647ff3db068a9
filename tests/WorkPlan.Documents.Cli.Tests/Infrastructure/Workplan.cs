using System.Globalization;
using NodaTime;

namespace WorkPlan.Documents.Cli.Tests.Infrastructure;

/// <summary>Runs <c>workplan</c> in-process through its real parser, capturing both output streams.</summary>
public static class Workplan
{
    /// <summary>The instant the documents are dated with: the library's golden files use the same.</summary>
    public static Instant DocumentDate { get; } = Instant.FromUtc(2021, 5, 7, 1, 30);

    /// <summary>The clock every run gets, through the same SOURCE_DATE_EPOCH parsing the real process uses.</summary>
    public static IClock Clock { get; } = SourceDateEpoch.Clock(DocumentDate.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));

    public static CliRun Run(params string[] args) => RunIn(CultureInfo.GetCultureInfo("en"), args);

    /// <summary>Runs the tool as under an environment whose UI language is <paramref name="uiCulture"/> (LANG=vi_VN.UTF-8).</summary>
    public static CliRun RunIn(CultureInfo uiCulture, params string[] args)
    {
        CultureInfo before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = uiCulture;
        try
        {
            return RunHere(args);
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    private static CliRun RunHere(string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        int exitCode = WorkplanApp.RunAsync(args, new CliConsole(output, error, ErrorIsTerminal: false), Clock, handleTermination: false)
            .GetAwaiter().GetResult();
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }
}

/// <summary>What one run printed and returned.</summary>
public sealed record CliRun(int ExitCode, string Output, string Error)
{
    /// <summary>The lines written to standard error.</summary>
    public IReadOnlyList<string> ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Output}--- stderr\n{Error}";
}
