using System.Diagnostics;

namespace WorkPlan.Documents.Harness;

/// <summary>The <c>workplan render INPUT… --output DIR --format FORMAT</c> command line (docs/cli.md).</summary>
internal static class Cli
{
    public static ProcessStartInfo Render(HarnessOptions options, IEnumerable<string> inputs, string outputFolder, string format)
    {
        if (!File.Exists(options.CliPath))
        {
            throw new InvalidOperationException(
                $"the workplan tool is not at {options.CliPath}; build it with 'dotnet build -c Release src/WorkPlan.Documents.Cli' or pass --cli PATH/workplan.dll.");
        }

        return ChildProcess.For(options.CliPath, ["render", .. inputs, "--output", outputFolder, "--format", format]);
    }
}
