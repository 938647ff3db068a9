using System.Globalization;
using WorkPlan.Documents.Checking;
using WorkPlan.Documents.Localization;

namespace WorkPlan.Documents.Linting;

/// <summary>
/// One thing <see cref="Nd30Linter"/> found: which rule (and where in Nghị định 30 it comes from), where in the
/// file, what was found and what the decree requires. The words are in English or Vietnamese:
/// <see cref="Element"/>, <see cref="Found"/>, <see cref="Required"/> and <see cref="Message"/> follow the current UI
/// culture where they are read (Vietnamese for any "vi" culture, English otherwise); <see cref="GetMessage"/> words
/// the finding for a culture given.
/// </summary>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed class Nd30Finding
{
    internal Nd30Finding(Nd30Rule rule, DocxLocation location, LocalizedText element, LocalizedText found, LocalizedText required)
    {
        Rule = rule;
        Location = location;
        ElementText = element;
        FoundText = found;
        RequiredText = required;
    }

    /// <summary>Gets the rule.</summary>
    public Nd30Rule Rule { get; }

    /// <summary>Gets the rule's stable id, e.g. "ND30-10".</summary>
    public string RuleId => Rule.Id;

    /// <summary>Gets the severity.</summary>
    public FindingSeverity Severity => Rule.Severity;

    /// <summary>Gets where in the decree the rule comes from, e.g. "Phụ lục I, Phần I, mục II.1.a".</summary>
    public string DecreeReference => Rule.DecreeReference;

    /// <summary>Gets where in the file the finding points.</summary>
    public DocxLocation Location { get; }

    /// <summary>
    /// Gets the element of the document concerned, in the language of the current UI culture: "Quốc hiệu", "Nơi nhận"
    /// (the decree's names, in both languages), "page margins" / "lề trang".
    /// </summary>
    public string Element => ElementText.Format(CultureInfo.CurrentUICulture);

    /// <summary>Gets what was found, in the language of the current UI culture, e.g. "12 pt, not bold" / "12 pt, không đậm".</summary>
    public string Found => FoundText.Format(CultureInfo.CurrentUICulture);

    /// <summary>Gets what the decree requires, in the language of the current UI culture, e.g. "12–13 pt, bold, upright, capitals".</summary>
    public string Required => RequiredText.Format(CultureInfo.CurrentUICulture);

    /// <summary>
    /// Gets the finding in one sentence — the element, what was found and what is required — in the language of the
    /// current UI culture (<see cref="CultureInfo.CurrentUICulture"/>): Vietnamese for "vi" and "vi-VN", English otherwise.
    /// </summary>
    public string Message => GetMessage(CultureInfo.CurrentUICulture);

    internal LocalizedText ElementText { get; }

    internal LocalizedText FoundText { get; }

    internal LocalizedText RequiredText { get; }

    /// <summary>Words the finding in one sentence in the language of <paramref name="culture"/>: Vietnamese for "vi" and "vi-VN", English otherwise.</summary>
    /// <param name="culture">The culture whose language to use.</param>
    /// <returns>"Quốc hiệu: 14 pt; required: 12–13 pt, bold, upright, capitals (Phụ lục I, …)." or its Vietnamese.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is null.</exception>
    public string GetMessage(CultureInfo culture) =>
        LintText.Of("Finding_Message", ElementText, FoundText, RequiredText, DecreeReference)
            .Format(culture ?? throw new ArgumentNullException(nameof(culture)));

    /// <summary>Returns "ND30-10 error at document ¶3 "…": Quốc hiệu: 14 pt; required: …", worded in the current UI culture.</summary>
    /// <returns>The finding on one line.</returns>
    public override string ToString() => $"{RuleId} {Severity.ToString().ToLowerInvariant()} at {Location}: {Message}";
}
