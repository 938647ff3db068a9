using System.Diagnostics;

namespace WorkPlan.Documents.Harness;

/// <summary>The <c>workplan</c> command lines the harness runs (docs/cli.md): the framework-dependent build or the native one.</summary>
internal static class Cli
{
    /// <summary><c>workplan render INPUT… --output DIR --format FORMAT</c>.</summary>
    public static ProcessStartInfo Render(string cliPath, IEnumerable<string> inputs, string outputFolder, string format) =>
        Command(cliPath, ["render", .. inputs, "--output", outputFolder, "--format", format]);

    /// <summary>Any workplan command line; <paramref name="cliPath"/> is workplan.dll or a native workplan executable.</summary>
    public static ProcessStartInfo Command(string cliPath, IEnumerable<string> arguments)
    {
        if (!File.Exists(cliPath))
        {
            throw new InvalidOperationException(
                $"the workplan tool is not at {cliPath}; build it with 'dotnet build -c Release src/WorkPlan.Documents.Cli' (or publish it for --cli-native) or pass its path.");
        }

        return cliPath.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)
            ? ChildProcess.For(cliPath, arguments)
            : ChildProcess.Native(cliPath, arguments);
    }
}
