using System.CommandLine;

namespace WorkPlan.Documents.Cli.Commands;

/// <summary>Options and arguments several commands share, so they read and behave alike.</summary>
internal static class CommandParts
{
    /// <summary><c>-o, --output FILE</c>: where to write the programme JSON; standard output when absent.</summary>
    public static Option<string?> OutputFile() => new("--output", "-o")
    {
        Description = "Write the programme JSON to this file (atomically). Without it, the JSON goes to standard output.",
        HelpName = "FILE",
    };

    /// <summary><c>--header FILE</c>: the header file with the agency, number, symbol and signer.</summary>
    public static Option<string?> HeaderFile() => new("--header")
    {
        Description = "Header file (JSON, \"headerVersion\": 1) with the agency, number, symbol and signer; see docs/import-and-check.md.",
        HelpName = "FILE",
    };
}
