using System.Globalization;
using WorkPlan.Documents.Localization;

namespace WorkPlan.Documents.Checking;

/// <summary>
/// One thing the checker found: which rule, how serious, where (and the other places involved), what is wrong and
/// how to fix it. The message and the fix are in English or Vietnamese: <see cref="Message"/> follows the current UI
/// culture where it is read (Vietnamese for any "vi" culture, English otherwise); <see cref="GetMessage"/> words it
/// for a culture given.
/// </summary>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed class Finding
{
    private readonly LocalizedText message;
    private readonly LocalizedText? suggestedFix;

    internal Finding(CheckRule rule, ProgrammeLocation location, LocalizedText message, LocalizedText? suggestedFix, IReadOnlyList<ProgrammeLocation>? related = null)
    {
        Rule = rule;
        Location = location;
        this.message = message;
        this.suggestedFix = suggestedFix;
        RelatedLocations = related ?? Array.Empty<ProgrammeLocation>();
    }

    /// <summary>Gets the rule.</summary>
    public CheckRule Rule { get; }

    /// <summary>Gets the rule's stable id, e.g. "WP002".</summary>
    public string RuleId => Rule.Id;

    /// <summary>Gets the severity.</summary>
    public FindingSeverity Severity => Rule.Severity;

    /// <summary>Gets where the finding points (the first place involved).</summary>
    public ProgrammeLocation Location { get; }

    /// <summary>Gets the other places involved (the other entry of a double booking, the other occurrences of a spelling).</summary>
    public IReadOnlyList<ProgrammeLocation> RelatedLocations { get; }

    /// <summary>
    /// Gets what is wrong, quoting the programme's text, in the language of the current UI culture
    /// (<see cref="CultureInfo.CurrentUICulture"/>): Vietnamese for "vi" and "vi-VN", English otherwise.
    /// </summary>
    public string Message => message.Format(CultureInfo.CurrentUICulture);

    /// <summary>Gets how to fix it, in the language of the current UI culture, or null when the finding may well be intended.</summary>
    public string? SuggestedFix => suggestedFix?.Format(CultureInfo.CurrentUICulture);

    /// <summary>Words what is wrong in the language of <paramref name="culture"/>: Vietnamese for "vi" and "vi-VN", English otherwise.</summary>
    /// <param name="culture">The culture whose language to use.</param>
    /// <returns>The message.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is null.</exception>
    public string GetMessage(CultureInfo culture) =>
        message.Format(culture ?? throw new ArgumentNullException(nameof(culture)));

    /// <summary>Words how to fix it in the language of <paramref name="culture"/>, or returns null when there is no fix.</summary>
    /// <param name="culture">The culture whose language to use.</param>
    /// <returns>The fix, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is null.</exception>
    public string? GetSuggestedFix(CultureInfo culture) =>
        suggestedFix?.Format(culture ?? throw new ArgumentNullException(nameof(culture)));

    /// <summary>Returns "WP002 warning at 2021-05-06 Morning #3: …", worded in the current UI culture.</summary>
    /// <returns>The finding on one line.</returns>
    public override string ToString() =>
        $"{RuleId} {Severity.ToString().ToLowerInvariant()} at {Location}: {Message}" + (SuggestedFix is null ? string.Empty : " Fix: " + SuggestedFix);
}
