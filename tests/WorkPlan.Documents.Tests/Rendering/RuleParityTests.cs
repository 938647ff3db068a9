using System.Globalization;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WorkPlan.Documents.Tests.Rendering.Docx;
using WorkPlan.Documents.Tests.Rendering.Html;

namespace WorkPlan.Documents.Tests.Rendering;

/// <summary>Every rule has the same length in the .docx (available width minus indents) and in the HTML (div width).</summary>
public sealed partial class RuleParityTests
{
    [Theory]
    [InlineData("nd30-programme")]
    [InlineData("full-vocabulary")]
    public void Rules_have_the_same_length_in_docx_and_html(string name)
    {
        var htmlLengths = RuleWidth().Matches(HtmlWriterTests.Render(name))
            .Select(m => double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture))
            .ToList();

        using var stream = new MemoryStream(DocxWriterTests.Render(name));
        using var document = WordprocessingDocument.Open(stream, false);
        var docxLengths = new List<double>();
        foreach (var paragraph in document.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>())
        {
            var pPr = paragraph.ParagraphProperties;
            if (pPr?.ParagraphBorders?.TopBorder is null || pPr.Indentation is null)
            {
                continue;
            }

            int available = paragraph.Ancestors<TableCell>().FirstOrDefault() is { } cell
                ? int.Parse(cell.TableCellProperties!.TableCellWidth!.Width!.Value!, CultureInfo.InvariantCulture) - CellMargins(cell)
                : TextWidth(paragraph);
            int left = int.Parse(pPr.Indentation.Left!.Value!, CultureInfo.InvariantCulture);
            int right = int.Parse(pPr.Indentation.Right!.Value!, CultureInfo.InvariantCulture);
            docxLengths.Add((available - left - right) / 20.0);
        }

        Assert.NotEmpty(htmlLengths);
        Assert.Equal(htmlLengths.Count, docxLengths.Count);
        for (int i = 0; i < htmlLengths.Count; i++)
        {
            // Twip rounding of the two indents moves the Word length by at most 0.05 pt.
            Assert.InRange(docxLengths[i], htmlLengths[i] - 0.06, htmlLengths[i] + 0.06);
        }
    }

    private static int CellMargins(TableCell cell)
    {
        var table = cell.Ancestors<Table>().First();
        var margins = table.GetFirstChild<TableProperties>()!.TableCellMarginDefault!;
        return margins.TableCellLeftMargin!.Width!.Value + margins.TableCellRightMargin!.Width!.Value;
    }

    private static int TextWidth(Paragraph paragraph)
    {
        var section = paragraph.ElementsAfter().OfType<Paragraph>().Select(p => p.ParagraphProperties?.GetFirstChild<SectionProperties>()).FirstOrDefault(s => s is not null)
            ?? paragraph.Ancestors<Body>().First().GetFirstChild<SectionProperties>()
            ?? paragraph.Ancestors<Body>().First().Elements<SectionProperties>().Last();
        var size = section.GetFirstChild<PageSize>()!;
        var margin = section.GetFirstChild<PageMargin>()!;
        return (int)size.Width!.Value - (int)margin.Left!.Value - (int)margin.Right!.Value;
    }

    [GeneratedRegex("class=\"wp-rule[^\"]*\" style=\"width: ([0-9.]+)pt")]
    private static partial Regex RuleWidth();
}
