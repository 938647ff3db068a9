using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WorkPlan.Documents.Benchmarks.Content;
using WorkPlan.Documents.Model;

namespace WorkPlan.Documents.Benchmarks.Tests.Infrastructure;

/// <summary>The non-empty paragraph texts of a .docx body, and the ones the seed's document must have.</summary>
public static class DocumentText
{
    /// <summary>Reads the body's paragraphs in order; a line break is "\n"; empty paragraphs are left out.</summary>
    public static List<string> Read(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using WordprocessingDocument document = WordprocessingDocument.Open(stream, isEditable: false);
        Body body = document.MainDocumentPart!.Document!.Body!;
        return body.Descendants<Paragraph>()
            .Select(p => string.Concat(p.Descendants().Select(e => e switch
            {
                DocumentFormat.OpenXml.Wordprocessing.Text t => t.Text,
                Break => "\n",
                _ => string.Empty,
            })))
            .Where(t => t.Length > 0)
            .ToList();
    }

    /// <summary>The paragraphs every writer of the programme's document must produce, in order.</summary>
    public static List<string> Expected(WorkProgramme programme)
    {
        DocumentContent content = DocumentContent.From(programme);
        var texts = new List<string>();
        if (programme.Agency.ParentLines.Count > 0)
        {
            texts.Add(string.Join("\n", programme.Agency.ParentLines));
        }

        texts.Add(string.Join("\n", programme.Agency.NameLines));
        texts.AddRange([DocumentContent.NationalName, DocumentContent.Motto, programme.Identity.NumberLine, programme.Identity.PlaceAndDateLine]);
        texts.AddRange([DocumentContent.DocumentType, programme.Abstract]);
        if (content.FocusHeadingLine is not null)
        {
            texts.Add(content.FocusHeadingLine);
            texts.AddRange(programme.FocusTasks.Tasks.Select(DocumentContent.FocusItem));
        }

        texts.Add(content.ScheduleHeadingLine);
        texts.AddRange(DocumentContent.ColumnHeadings);
        foreach (DayContent day in content.Days)
        {
            texts.Add(day.ShortDate + "\n" + day.Weekday);
            foreach (RowContent row in day.Rows)
            {
                texts.AddRange(new[] { row.Text, row.PreparingUnit, row.Leaders }.Where(t => t.Length > 0));
            }
        }

        texts.Add(DocumentContent.RecipientsLabel);
        texts.AddRange(content.RecipientLines);
        texts.AddRange(programme.Signature.AuthorityLines);
        texts.AddRange([programme.Signature.SignerTitle, programme.Signature.SignerName]);
        return texts;
    }
}
