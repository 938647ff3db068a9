using System.Globalization;
using System.Resources;

namespace WorkPlan.Documents.Localization;

/// <summary>
/// A message whose words come from the library's resources — English (the neutral resources) and Vietnamese (the
/// <c>vi</c> satellite assembly) — kept as a resource key and its arguments, and worded when it is read, in the
/// culture asked for. Arguments that are themselves <see cref="LocalizedText"/> are worded in the same culture.
/// </summary>
/// <remarks>
/// Why not format once, when the message is made: a finding or diagnostic is often made on one thread (a server's
/// request, a batch worker) and read on another, or printed in two languages (the CLI's <c>--lang</c>, a log in
/// English and a screen in Vietnamese). Keeping the key makes <c>Message</c> follow
/// <see cref="CultureInfo.CurrentUICulture"/> where it is read, and <c>GetMessage(culture)</c> word it for any culture.
/// </remarks>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
internal sealed class LocalizedText
{
    /// <summary>Vietnamese numbers: a comma before the fraction, a full stop between thousands. Not vi-VN's culture data, which an app in invariant globalization mode does not have.</summary>
    private static readonly NumberFormatInfo VietnameseNumbers = new() { NumberDecimalSeparator = ",", NumberGroupSeparator = "." };
    private readonly ResourceManager? resources;
    private readonly string keyOrText;
    private readonly object?[] arguments;

    // A text worded by code rather than by a resource (a joined list, a measurement), or null.
    private readonly Func<CultureInfo, string>? worder;

    private LocalizedText(ResourceManager? resources, string keyOrText, object?[] arguments, Func<CultureInfo, string>? worder = null)
    {
        this.resources = resources;
        this.keyOrText = keyOrText;
        this.arguments = arguments;
        this.worder = worder;
    }

    /// <summary>Gets the resource key, or null for a literal text.</summary>
    internal string? Key => resources is null ? null : keyOrText;

    /// <summary>A text of the resources <paramref name="resources"/> under <paramref name="key"/>, with its arguments ({0}, {1}…).</summary>
    internal static LocalizedText Of(ResourceManager resources, string key, params object?[] arguments) => new(resources, key, arguments);

    /// <summary>A text that is the same in every language: a name, a quotation, a message given by a caller.</summary>
    internal static LocalizedText Literal(string text) => new(null, text, []);

    /// <summary>
    /// Texts worded one after the other, <paramref name="separator"/> between each two: "14 pt, not bold, aligned left".
    /// The separator is the same in every language (", " in English and Vietnamese alike).
    /// </summary>
    internal static LocalizedText Join(string separator, IEnumerable<LocalizedText> texts)
    {
        LocalizedText[] parts = texts.ToArray();
        return new(null, string.Empty, [], culture => string.Join(separator, parts.Select(part => part.Format(culture))));
    }

    /// <summary>
    /// A measurement with a fraction, written with the language's decimal mark: "1.27" in English, "1,27" in
    /// Vietnamese (as Nghị định 30 writes "1,27 cm"). Counts and day numbers need none of this: plain arguments are
    /// written in plain digits in every language.
    /// </summary>
    /// <param name="value">The value.</param>
    /// <param name="format">Its .NET numeric format, e.g. "0.##".</param>
    /// <remarks>The decimal mark is that of the language the resources word the message in: Vietnamese for a "vi" culture, English for any other.</remarks>
    internal static LocalizedText Number(double value, string format) =>
        new(null, string.Empty, [], culture => value.ToString(format, culture.TwoLetterISOLanguageName == "vi" ? VietnameseNumbers : NumberFormatInfo.InvariantInfo));

    /// <summary>Words the message in <paramref name="culture"/> (the neutral English for a culture without resources).</summary>
    /// <exception cref="InvalidOperationException">The key is missing from the resources (a defect: ResourceTests check every key).</exception>
    internal string Format(CultureInfo culture)
    {
        if (worder is not null)
        {
            return worder(culture);
        }

        if (resources is null)
        {
            return keyOrText;
        }

        string format = resources.GetString(keyOrText, culture)
            ?? throw new InvalidOperationException($"The message resource \"{keyOrText}\" is missing from {resources.BaseName}.");
        if (arguments.Length == 0)
        {
            return format;
        }

        var worded = new object?[arguments.Length];
        for (int i = 0; i < arguments.Length; i++)
        {
            worded[i] = arguments[i] is LocalizedText text ? text.Format(culture) : arguments[i];
        }

        // Dates are already text in their ND30 or ISO forms; numbers are written in plain digits in every language.
        return string.Format(CultureInfo.InvariantCulture, format, worded);
    }

    /// <summary>Words the message in the current UI culture.</summary>
    /// <returns>The message.</returns>
    public override string ToString() => Format(CultureInfo.CurrentUICulture);
}
