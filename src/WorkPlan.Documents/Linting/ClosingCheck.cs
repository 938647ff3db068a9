using WorkPlan.Documents.Localization;

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
            HeaderCheck.Style(report, Nd30Rules.SignatureAuthority, line, line.Runs, LintText.Name("quyền hạn, chức vụ của người ký"), Authority);
        }

        if (parts.SignerName is { } name)
        {
            HeaderCheck.Style(report, Nd30Rules.SignerName, name, name.Runs, LintText.Name("họ tên người ký"), Name);
        }

        Layout(parts, report);
        if (parts.RecipientsLabel is not { } label)
        {
            return;
        }

        var labelFound = new List<LocalizedText>();
        if (Label.Deviations(label.Runs) is { } style)
        {
            labelFound.Add(style);
        }

        if (!TextKey.EndsWith(label.Text.TrimEnd(), ':'))
        {
            labelFound.Add(LintText.Of("Found_NoColonAfterRecipients"));
        }

        if (labelFound.Count > 0)
        {
            report.Add(Nd30Rules.RecipientsLabel, label, LintText.Name("Nơi nhận"), LintText.List(labelFound), LintText.Of("Required_FollowedByColon", Label.Required));
        }

        for (int i = 0; i < parts.Recipients.Count; i++)
        {
            DocxParagraph line = parts.Recipients[i];
            if (List.Deviations(line.Runs) is { } found)
            {
                report.AddGrouped(Nd30Rules.RecipientsList, line, LintText.Of("Element_RecipientsList"), found, List.Required);
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

        LocalizedText required = LintText.Of("Required_ClosingLayout");
        if (label is null)
        {
            report.Add(Nd30Rules.ClosingLayout, LintText.Name("Nơi nhận"), LintText.Of("Found_NotFound"), required);
        }

        if (authority is null)
        {
            DocxParagraph? at = label ?? parts.NationalName;
            if (at is not null)
            {
                report.Add(Nd30Rules.ClosingLayout, at, LintText.Of("Element_SignatureBlock"), LintText.Of("Found_NotFound"), LintText.Of("Required_SignatureBlock"));
            }
            else
            {
                report.Add(Nd30Rules.ClosingLayout, LintText.Of("Element_SignatureBlock"), LintText.Of("Found_NotFound"), LintText.Of("Required_SignatureBlock"));
            }
        }

        if (label is not null && authority is not null
            && (label.Cell is null || authority.Cell is null || label.Cell.Table != authority.Cell.Table || label.Cell.Row != authority.Cell.Row
                || authority.Cell.Column <= label.Cell.Column))
        {
            report.Add(Nd30Rules.ClosingLayout, label, LintText.Of("Element_ClosingLayout"), LintText.Of("Found_NotSideBySide"), required);
        }
    }

    private static void Punctuation(LintReport report, DocxParagraph line, bool last)
    {
        string text = line.Text.Trim();
        bool dash = line.Format.Numbering is not null || TextKey.StartsWith(text, '-') || TextKey.StartsWith(text, '–');
        var found = new List<LocalizedText>();
        if (!dash)
        {
            found.Add(LintText.Of("Found_NoDash"));
        }

        if (last)
        {
            if (TextKey.Of(text).StartsWith("luu", StringComparison.Ordinal) is false)
            {
                found.Add(LintText.Of("Found_LastNotFiled"));
            }

            if (!TextKey.EndsWith(text, '.'))
            {
                found.Add(LintText.Of("Found_LastNoFullStop"));
            }
        }
        else if (!TextKey.EndsWith(text, ';'))
        {
            found.Add(LintText.Of("Found_NoSemicolon"));
        }

        if (found.Count > 0)
        {
            report.Add(Nd30Rules.RecipientsPunctuation, line, LintText.Of("Element_RecipientsList"), LintText.List(found), LintText.Of("Required_RecipientsPunctuation"));
        }
    }
}
