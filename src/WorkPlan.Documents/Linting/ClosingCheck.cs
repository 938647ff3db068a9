namespace WorkPlan.Documents.Linting;

/// <summary>ND30-24 to ND30-29: the signature block, "Nơi nhận:" and its list, and their layout.</summary>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
internal static class ClosingCheck
{
    private static readonly TextExpectation Authority = new(13, 14, Bold: true, Italic: false, Capitals: true);
    private static readonly TextExpectation Name = new(13, 14, Bold: true, Italic: false);
    private static readonly TextExpectation Label = new(12, 12, Bold: true, Italic: true);
    private static readonly TextExpectation List = new(11, 11, Bold: null, Italic: false);

    internal static void Run(DocumentParts parts, LintReport report)
    {
        foreach (DocxParagraph line in parts.Authority)
        {
            HeaderCheck.Style(report, Nd30Rules.SignatureAuthority, line, line.Runs, "quyền hạn, chức vụ của người ký", Authority);
        }

        if (parts.SignerName is { } name)
        {
            HeaderCheck.Style(report, Nd30Rules.SignerName, name, name.Runs, "họ tên người ký", Name);
        }

        Layout(parts, report);
        if (parts.RecipientsLabel is not { } label)
        {
            return;
        }

        string? labelFound = Label.Deviations(label.Runs);
        if (!TextKey.EndsWith(label.Text.TrimEnd(), ':'))
        {
            labelFound = (labelFound is null ? string.Empty : labelFound + ", ") + "no colon after \"Nơi nhận\"";
        }

        if (labelFound is not null)
        {
            report.Add(Nd30Rules.RecipientsLabel, label, "Nơi nhận", labelFound, Label.Required + ", followed by a colon");
        }

        for (int i = 0; i < parts.Recipients.Count; i++)
        {
            DocxParagraph line = parts.Recipients[i];
            if (List.Deviations(line.Runs) is { } found)
            {
                report.AddGrouped(Nd30Rules.RecipientsList, line, "Nơi nhận list", found, List.Required);
            }

            Punctuation(report, line, last: i == parts.Recipients.Count - 1);
        }
    }

    private static void Layout(DocumentParts parts, LintReport report)
    {
        DocxParagraph? label = parts.RecipientsLabel;
        DocxParagraph? authority = parts.Authority.Count > 0 ? parts.Authority[0] : parts.SignerName;
        if (parts.NationalName is null && label is null && authority is null)
        {
            return; // Not an administrative document's closing; ND30-10 already says the Quốc hiệu is missing.
        }

        const string Required = "\"Nơi nhận:\" at the left margin, level with the signing authority in the right column";
        if (label is null)
        {
            report.Add(Nd30Rules.ClosingLayout, "Nơi nhận", "not found", Required);
        }

        if (authority is null)
        {
            DocxParagraph? at = label ?? parts.NationalName;
            if (at is not null)
            {
                report.Add(Nd30Rules.ClosingLayout, at, "signature block", "not found", "the signing authority, title and name in the right column, beside \"Nơi nhận:\"");
            }
            else
            {
                report.Add(Nd30Rules.ClosingLayout, "signature block", "not found", "the signing authority, title and name in the right column, beside \"Nơi nhận:\"");
            }
        }

        if (label is not null && authority is not null
            && (label.Cell is null || authority.Cell is null || label.Cell.Table != authority.Cell.Table || label.Cell.Row != authority.Cell.Row
                || authority.Cell.Column <= label.Cell.Column))
        {
            report.Add(Nd30Rules.ClosingLayout, label, "Nơi nhận and signature", "not side by side (\"Nơi nhận:\" is not in the column left of the signing authority)", Required);
        }
    }

    private static void Punctuation(LintReport report, DocxParagraph line, bool last)
    {
        string text = line.Text.Trim();
        bool dash = line.Format.Numbering is not null || TextKey.StartsWith(text, '-') || TextKey.StartsWith(text, '–');
        var found = new List<string>();
        if (!dash)
        {
            found.Add("does not start with \"-\"");
        }

        if (last)
        {
            if (TextKey.Of(text).StartsWith("luu", StringComparison.Ordinal) is false)
            {
                found.Add("the last line is not the \"Lưu\" line");
            }

            if (!TextKey.EndsWith(text, '.'))
            {
                found.Add("the last line does not end with \".\"");
            }
        }
        else if (!TextKey.EndsWith(text, ';'))
        {
            found.Add("does not end with \";\"");
        }

        if (found.Count > 0)
        {
            report.Add(Nd30Rules.RecipientsPunctuation, line, "Nơi nhận list", string.Join(", ", found),
                "each line \"- …;\", the last \"- Lưu: VT, ….\"");
        }
    }
}
