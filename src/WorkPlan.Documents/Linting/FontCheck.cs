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
                string? wrong = Wrong(format.Ascii, "ASCII") ?? Wrong(format.HighAnsi, "high-ANSI") ?? Wrong(format.ComplexScript, "complex script")
                    ?? (format.Hint == "eastAsia" || run.Text.Any(IsEastAsian) ? Wrong(format.EastAsia, "East Asian") : null);
                if (wrong is not null)
                {
                    report.AddGrouped(Nd30Rules.Font, paragraph, "font", wrong, "Times New Roman in every font slot of the text");
                    break;
                }
            }

            foreach (DocxRun run in paragraph.Runs)
            {
                if (run.CarriesText && !IsBlack(run.Format.Color))
                {
                    report.AddGrouped(Nd30Rules.FontColour, paragraph, "text colour", "colour " + run.Format.Color, "black");
                    break;
                }
            }
        }
    }

    private static string? Wrong(string? font, string slot) =>
        font is null || string.Equals(font.Trim(), TimesNewRoman, StringComparison.OrdinalIgnoreCase) ? null : $"\"{font}\" in the {slot} slot";

    private static bool IsBlack(string? color) =>
        color is null || color.Equals("auto", StringComparison.OrdinalIgnoreCase) || color == "000000"
        || color is "theme:text1" or "theme:dark1";

    private static bool IsEastAsian(char c) =>
        c is >= '\u2E80' and <= '\u9FFF' or >= '\uAC00' and <= '\uD7AF' or >= '\uF900' and <= '\uFAFF' or >= '\uFF00' and <= '\uFFEF';
}
