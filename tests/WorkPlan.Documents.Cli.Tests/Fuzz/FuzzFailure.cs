using System.Text.RegularExpressions;

namespace WorkPlan.Documents.Cli.Tests.Fuzz;

/// <summary>A case that broke the contract, and where its reproducer was written.</summary>
/// <param name="Case">The case's number.</param>
/// <param name="What">What broke: "exit 70", an undocumented exit code, a hang…</param>
/// <param name="Command">The command line, run from the reproducer's folder.</param>
/// <param name="ExitCode">The exit code.</param>
/// <param name="Error">Standard error, with the case's folder written <see cref="FuzzCase.Folder"/>.</param>
/// <param name="Reproducer">The folder holding the case's files, command.sh and result.txt; null past the first few of a cause.</param>
public sealed partial record FuzzFailure(int Case, string What, string Command, int ExitCode, string Error, string? Reproducer)
{
    /// <summary>
    /// Gets the cause, to group failures by: the internal error's exception type and message with the numbers and
    /// quoted text (but not the parameter's name) blanked, or what broke when there is no internal error line.
    /// </summary>
    public string Cause
    {
        get
        {
            string? line = Error.Split('\n').FirstOrDefault(l => l.Contains("internal error", StringComparison.Ordinal));
            if (line is null)
            {
                return What;
            }

            string message = line[(line.IndexOf("internal error", StringComparison.Ordinal) + "internal error: ".Length)..];
            int actual = message.IndexOf(" Actual value was", StringComparison.Ordinal);
            message = actual < 0 ? message : message[..actual];
            return Numbers().Replace(Quoted().Replace(message, "'…'"), "#");
        }
    }

    [GeneratedRegex("(?<!Parameter )'[^']*'|\"[^\"]*\"")]
    private static partial Regex Quoted();

    [GeneratedRegex("-?[0-9]+")]
    private static partial Regex Numbers();
}
