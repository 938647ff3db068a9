using WorkPlan.Documents.Localization;

namespace WorkPlan.Documents.Linting;

/// <summary>
/// ND30-04 and ND30-05: every run that carries text is in Times New Roman, in black. The font of each slot a run
/// shows its text in is checked: ASCII and high-ANSI (Vietnamese letters) always; complex script when the document
/// names one; East Asian when the run uses it (a w:hint="eastAsia", or East Asian characters in its text). A slot
/// no level of the hierarchy names is Times New Roman in Word and LibreOffice (the OOXML default) and passes.
/// </summary>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
internal static class FontCheck
{
    private const string TimesNewRoman = "Times New Roman";

    internal static void Run(IEnumerable<DocxParagraph> paragraphs, LintReport report)
    {
        foreach (DocxParagraph paragraph in paragraphs)
        {
            foreach (DocxRun run in paragraph.Runs)
            {
                if (!run.CarriesText)
                {
                    continue;
                }

                RunFormat format = run.Format;
                LocalizedText? wrong = Wrong(format.Ascii, LintText.Name("ASCII")) ?? Wrong(format.HighAnsi, LintText.Name("high-ANSI"))
                    ?? Wrong(format.ComplexScript, LintText.Of("Slot_ComplexScript"))
                    ?? (format.Hint == "eastAsia" || run.Text.Any(IsEastAsian) ? Wrong(format.EastAsia, LintText.Of("Slot_EastAsian")) : null);
                if (wrong is not null)
                {
                    report.AddGrouped(Nd30Rules.Font, paragraph, LintText.Of("Element_Font"), wrong, LintText.Of("Required_Font"));
                    break;
                }
            }

            foreach (DocxRun run in paragraph.Runs)
            {
                if (run.CarriesText && !IsBlack(run.Format.Color))
                {
                    report.AddGrouped(Nd30Rules.FontColour, paragraph, LintText.Of("Element_TextColour"), LintText.Of("Found_Colour", run.Format.Color), LintText.Of("Required_Black"));
                    break;
                }
            }
        }
    }

    private static LocalizedText? Wrong(string? font, LocalizedText slot) =>
        font is null || string.Equals(font.Trim(), TimesNewRoman, StringComparison.OrdinalIgnoreCase) ? null : LintText.Of("Found_FontSlot", font, slot);

    private static bool IsBlack(string? color) =>
        color is null || color.Equals("auto", StringComparison.OrdinalIgnoreCase) || color == "000000"
        || color is "theme:text1" or "theme:dark1";

    private static bool IsEastAsian(char c) =>
        c is >= '\u2E80' and <= '\u9FFF' or >= '\uAC00' and <= '\uD7AF' or >= '\uF900' and <= '\uFAFF' or >= '\uFF00' and <= '\uFFEF';
}
