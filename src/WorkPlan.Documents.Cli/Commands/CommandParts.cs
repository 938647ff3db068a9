using System.CommandLine;
using System.CommandLine.Parsing;
using WorkPlan.Documents.Model;

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

    /// <summary>
    /// <c>--kind programme|schedule|notice</c>: the kind of document (<see cref="DocumentKind"/>); null when absent.
    /// </summary>
    public static Option<DocumentKind?> Kind() => new("--kind", "-k")
    {
        Description = "The kind of document: 'programme' (CHƯƠNG TRÌNH, symbol CTr-…), 'schedule' (LỊCH CÔNG TÁC, LCT-…) or 'notice' (THÔNG BÁO \"Lịch công tác …\", TB-…). A symbol of the form CTr-… follows the kind.",
        HelpName = "programme|schedule|notice",
        CustomParser = ParseKind,
    };

    private static DocumentKind? ParseKind(ArgumentResult result)
    {
        string text = result.Tokens.Count == 0 ? string.Empty : result.Tokens[0].Value;
        switch (text)
        {
            case "programme":
                return DocumentKind.Programme;
            case "schedule":
                return DocumentKind.Schedule;
            case "notice":
                return DocumentKind.Notice;
            default:
                result.AddError(Localization.CliText.Get("Kind_Unknown", text));
                return null;
        }
    }
}
