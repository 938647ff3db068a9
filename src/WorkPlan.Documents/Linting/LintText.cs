using WorkPlan.Documents.Localization;

namespace WorkPlan.Documents.Linting;

/// <summary>The words of the lint's findings (LintMessages.resx and its vi satellite), for <see cref="LintReport"/>.</summary>
internal static class LintText
{
    /// <summary>A text of the lint's resources with its arguments.</summary>
    internal static LocalizedText Of(string key, params object?[] arguments) => LocalizedText.Of(Messages.Lint, key, arguments);

    /// <summary>A name that is the same in every language: "Quốc hiệu", "tên loại", a font's name.</summary>
    internal static LocalizedText Name(string name) => LocalizedText.Literal(name);

    /// <summary>The texts one after the other, separated by ", ": "14 pt, not bold, aligned left".</summary>
    internal static LocalizedText List(IEnumerable<LocalizedText> texts) => LocalizedText.Join(", ", texts);

    /// <summary>"aligned left", "aligned both": the paragraph's OOXML alignment (left when none is set), worded.</summary>
    internal static LocalizedText Aligned(string? alignment) => Of("Found_Aligned", Value("Align_", alignment ?? "left"));

    /// <summary>
    /// The word for an OOXML value under <paramref name="prefix"/> ("Align_both": "both", "đều hai lề"), or the value
    /// itself where the resources have no word for it (a value this version does not know is still shown).
    /// </summary>
    internal static LocalizedText Value(string prefix, string value) =>
        Messages.Lint.GetString(prefix + value, System.Globalization.CultureInfo.InvariantCulture) is null ? LocalizedText.Literal(value) : Of(prefix + value);
}
