using System.Text.RegularExpressions;

namespace WorkPlan.Documents.Linting;

/// <summary>
/// Finds the elements of an administrative document in a body by their content and position, never by style names,
/// so that documents from any tool are read alike: the Quốc hiệu and Tiêu ngữ by their words; the agency as the
/// column beside them; "Số:" and the place and date by their form; the tên loại as a known document type after the
/// header; the trích yếu below it; "Nơi nhận:" by its words, its list below it and the signature in the column
/// beside it (or, without a table, from an authority prefix "TM.", "KT.", "TL.", "TUQ.", "Q.").
/// </summary>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
internal static class PartLocator
{
    private const int HeaderSearch = 40;

    private static readonly Regex NumberLine = new(@"^\s*S[ốỐ]\s*(:|\s+\d|\s*/)", RegexOptions.CultureInvariant);
    private static readonly Regex DateLine = new(@"ngày\b.*\btháng\b.*\bnăm\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
    private static readonly Regex AuthorityPrefix = new(@"^\s*(TM|KT|TL|TUQ|Q)\.\s", RegexOptions.CultureInvariant);

    /// <summary>Locates the elements of the body.</summary>
    /// <param name="paragraphs">The body's paragraphs in document order.</param>
    /// <returns>What was found.</returns>
    internal static DocumentParts Locate(IReadOnlyList<DocxParagraph> paragraphs)
    {
        var parts = new DocumentParts();
        Header(paragraphs, parts);
        Title(paragraphs, parts);
        int closingStart = Closing(paragraphs, parts);
        int bodyStart = parts.Abstract.Count > 0 ? parts.Abstract[^1].Index : parts.DocumentType?.Index ?? parts.HeaderEnd;
        foreach (DocxParagraph paragraph in paragraphs)
        {
            if (paragraph.Index > bodyStart && paragraph.Index < closingStart && paragraph.Cell is null && paragraph.HasText && !paragraph.IsRule)
            {
                parts.Body.Add(paragraph);
            }
        }

        return parts;
    }

    private static void Header(IReadOnlyList<DocxParagraph> paragraphs, DocumentParts parts)
    {
        foreach (DocxParagraph paragraph in paragraphs)
        {
            if (!paragraph.HasText)
            {
                continue;
            }

            string key = TextKey.Of(paragraph.Text);
            if (parts.NationalName is null && key.StartsWith(TextKey.NationalName, StringComparison.Ordinal))
            {
                parts.NationalName = paragraph;
                if (key.Length > TextKey.NationalName.Length && key.Contains(TextKey.Motto))
                {
                    // Quốc hiệu and Tiêu ngữ in one paragraph, separated by a line break.
                    parts.Motto = paragraph;
                    parts.MottoLine = paragraph.Runs.FirstOrDefault(r => TextKey.Of(r.Text).StartsWith("doc", StringComparison.Ordinal))?.Line ?? 1;
                }
            }
            else if (parts.NationalName is not null && parts.Motto is null && key.StartsWith(TextKey.Motto, StringComparison.Ordinal))
            {
                parts.Motto = paragraph;
                break;
            }
            else if (parts.NationalName is not null && paragraph.Index > parts.NationalName.Index + 3)
            {
                break;
            }
        }

        int limit = (parts.NationalName?.Index ?? 0) + HeaderSearch;
        foreach (DocxParagraph paragraph in paragraphs.Take(limit))
        {
            if (parts.Number is null && NumberLine.IsMatch(paragraph.Text))
            {
                parts.Number = paragraph;
            }
            else if (parts.PlaceDate is null && DateLine.IsMatch(paragraph.Text))
            {
                parts.PlaceDate = paragraph;
            }
        }

        DocxParagraph? national = parts.NationalName;
        DocxTable? headerTable = Outermost(national?.Cell)?.Table;
        parts.HeaderEnd = headerTable is not null
            ? headerTable.Paragraphs[^1].Index
            : new[] { national?.Index ?? 0, parts.Motto?.Index ?? 0, parts.Number?.Index ?? 0, parts.PlaceDate?.Index ?? 0 }.Max();

        // The agency: the cells left of the Quốc hiệu on its row; without such cells, the paragraphs above it.
        IEnumerable<DocxParagraph> agency = national?.Cell is { Column: > 0 } cell
            ? cell.Table.Rows[cell.Row].Where(c => c.Column < cell.Column).SelectMany(c => c.TextParagraphs)
            : paragraphs.Where(p => p.Index < (national?.Index ?? 0) && p.HasText);
        var lines = agency
            .Where(p => p != parts.Number && p != parts.PlaceDate && !p.IsRule && !p.Text.TrimStart().StartsWith("V/v", StringComparison.Ordinal))
            .ToList();

        // The issuing agency is the bold lines at the end; when none is bold, the last line (then reported as not bold).
        int issuing = lines.Count;
        while (issuing > 0 && IsBold(lines[issuing - 1]))
        {
            issuing--;
        }

        if (issuing == lines.Count && lines.Count > 0)
        {
            issuing--;
        }

        parts.ParentAgency.AddRange(lines.Take(issuing));
        parts.Agency.AddRange(lines.Skip(issuing));
    }

    private static void Title(IReadOnlyList<DocxParagraph> paragraphs, DocumentParts parts)
    {
        DocxParagraph? first = paragraphs.Skip(parts.HeaderEnd).FirstOrDefault(p => p.HasText && !p.IsRule);
        if (first is null || !TextKey.DocumentTypes.Contains(TextKey.Of(first.Text)))
        {
            return;
        }

        parts.DocumentType = first;
        foreach (DocxParagraph paragraph in paragraphs.Skip(first.Index))
        {
            if (!paragraph.HasText || paragraph.IsRule || paragraph.Cell is not null || parts.Abstract.Count == 3
                || (parts.Abstract.Count > 0 && !paragraph.Format.IsCentred))
            {
                break;
            }

            parts.Abstract.Add(paragraph);
        }
    }

    /// <summary>Finds "Nơi nhận", its list and the signature; returns the index where the closing block starts.</summary>
    private static int Closing(IReadOnlyList<DocxParagraph> paragraphs, DocumentParts parts)
    {
        int after = parts.Abstract.Count > 0 ? parts.Abstract[^1].Index : parts.DocumentType?.Index ?? parts.HeaderEnd;
        DocxParagraph? label = paragraphs.Skip(after).FirstOrDefault(p => p.HasText && TextKey.Of(p.Text).StartsWith(TextKey.Recipients, StringComparison.Ordinal)
            && TextKey.Of(p.Text).Length <= TextKey.Recipients.Length + 2);
        parts.RecipientsLabel = label;
        List<DocxParagraph> signature = [];
        int closingStart = paragraphs.Count + 1;
        if (label is not null)
        {
            if (label.Cell is { } cell)
            {
                parts.Recipients.AddRange(cell.TextParagraphs.Where(p => p.Index > label.Index));
                signature.AddRange(cell.Table.Rows[cell.Row].Where(c => c.Column > cell.Column).SelectMany(c => c.TextParagraphs));
                closingStart = Outermost(cell)!.Table.Paragraphs[0].Index;
            }
            else
            {
                parts.Recipients.AddRange(paragraphs.Skip(label.Index).TakeWhile(p => p.HasText && p.Cell is null && IsListLine(p)));
                closingStart = label.Index;
            }
        }

        if (signature.Count == 0)
        {
            // No column beside "Nơi nhận": the signature starts at an authority prefix after the trích yếu.
            DocxParagraph? start = paragraphs.Skip(after).FirstOrDefault(p => p.HasText && AuthorityPrefix.IsMatch(p.Text)
                && p.Cell != label?.Cell);
            if (start is not null)
            {
                signature.AddRange(paragraphs.Skip(start.Index - 1).Where(p => p.HasText && p != label && !parts.Recipients.Contains(p)
                    && (start.Cell is null ? p.Cell is null : p.Cell == start.Cell)).Take(8));
                closingStart = Math.Min(closingStart, start.Cell is { } startCell ? Outermost(startCell)!.Table.Paragraphs[0].Index : start.Index);
            }
        }

        parts.Authority.AddRange(signature.TakeWhile(p => p.Runs.Where(r => r.CarriesText).All(TextKey.ShowsCapitals)));
        parts.SignerName = signature.Skip(parts.Authority.Count).LastOrDefault(p => !TextKey.StartsWith(p.Text.TrimStart(), '('));
        return closingStart;
    }

    private static bool IsListLine(DocxParagraph paragraph) =>
        paragraph.Format.Numbering is not null || TextKey.StartsWith(paragraph.Text.TrimStart(), '-')
        || TextKey.StartsWith(paragraph.Text.TrimStart(), '–') || TextKey.StartsWith(paragraph.Text.TrimStart(), '+');

    private static bool IsBold(DocxParagraph paragraph) => paragraph.Runs.Where(r => r.CarriesText).All(r => r.Format.Bold == true);

    /// <summary>The cell of the outermost table a cell is nested in (the cell itself for a table of the body).</summary>
    private static DocxCell? Outermost(DocxCell? cell)
    {
        while (cell?.Table.Parent is { } parent)
        {
            cell = parent;
        }

        return cell;
    }
}
