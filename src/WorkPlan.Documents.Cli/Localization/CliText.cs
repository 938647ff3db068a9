using System.Globalization;
using System.Resources;

namespace WorkPlan.Documents.Cli.Localization;

/// <summary>
/// The tool's own messages in English (neutral resources) and Vietnamese (the <c>vi</c> satellite assembly), worded in
/// the current UI culture: the environment's (LANG), or <c>--lang</c> (<see cref="Language"/>). Findings and
/// diagnostics come worded from the library; the severity keywords of a finding line ("error", "warning") stay English,
/// as the compiler-style line format that editors and CI read requires.
/// </summary>
/// <threadsafety>Thread-safe.</threadsafety>
internal static class CliText
{
    private static readonly ResourceManager Resources = new("WorkPlan.Documents.Cli.Localization.CliMessages", typeof(CliText).Assembly);

    /// <summary>Words the message <paramref name="key"/> in the current UI culture, with its arguments.</summary>
    /// <exception cref="InvalidOperationException">The key is missing (a defect: the tests check every key).</exception>
    public static string Get(string key, params object?[] arguments)
    {
        string format = Resources.GetString(key, CultureInfo.CurrentUICulture)
            ?? throw new InvalidOperationException($"The message resource \"{key}\" is missing from {Resources.BaseName}.");
        return arguments.Length == 0 ? format : string.Format(CultureInfo.InvariantCulture, format, arguments);
    }

    /// <summary>The closing line of a report: "0 error(s), 7 warning(s), 14 information." / "0 lỗi, 7 cảnh báo, 14 thông tin.".</summary>
    public static string Summary(int errors, int warnings, int information) =>
        Get("Summary", errors, warnings, information);
}
