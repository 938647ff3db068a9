using System.CommandLine;
using System.Globalization;

namespace WorkPlan.Documents.Cli.Localization;

/// <summary>
/// <c>--lang vi|en</c>: the language of findings, diagnostics and the tool's messages. Without it the tool follows the
/// environment's UI culture (on Linux and macOS, LANG / LC_ALL / LC_MESSAGES): Vietnamese for any "vi" culture,
/// English otherwise.
/// </summary>
internal static class Language
{
    /// <summary>The option's name.</summary>
    public const string OptionName = "--lang";

    /// <summary>Creates the option, recursive so it can follow any command.</summary>
    public static Option<string?> CreateOption()
    {
        var option = new Option<string?>(OptionName)
        {
            Description = CliText.Get("Lang_Description"),
            HelpName = "vi|en",
            Recursive = true,
        };
        option.Validators.Add(result =>
        {
            string? value = result.Tokens.Count == 0 ? null : result.Tokens[0].Value;
            if (value is not null && Culture(value) is null)
            {
                result.AddError(CliText.Get("Lang_Unknown", value));
            }
        });
        return option;
    }

    /// <summary>
    /// Finds <c>--lang VALUE</c> or <c>--lang=VALUE</c> in the arguments before they are parsed, so that the parser's own
    /// messages are already in that language; null when absent or not a language the tool speaks (the parser reports it).
    /// </summary>
    public static CultureInfo? FromArguments(IReadOnlyList<string> args)
    {
        for (int i = 0; i < args.Count; i++)
        {
            if (args[i] == "--")
            {
                break;
            }

            if (args[i] == OptionName && i + 1 < args.Count)
            {
                return Culture(args[i + 1]);
            }

            if (args[i].StartsWith(OptionName + "=", StringComparison.Ordinal))
            {
                return Culture(args[i].Substring(OptionName.Length + 1));
            }
        }

        return null;
    }

    private static CultureInfo? Culture(string value) => value switch
    {
        "vi" => CultureInfo.GetCultureInfo("vi"),
        "en" => CultureInfo.GetCultureInfo("en"),
        _ => null,
    };
}
