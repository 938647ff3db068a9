using System.Globalization;
using NodaTime;
using WorkPlan.Documents.Localization;
using WorkPlan.Documents.Model;
using WorkPlan.Documents.Text;
using WorkPlan.Documents.Utility;

namespace WorkPlan.Documents.Import;

/// <summary>
/// Puts the parts read from the text together with the header values into a <see cref="WorkProgramme"/>,
/// marking what was assumed and reporting where the text and the header disagree.
/// </summary>
internal static class ProgrammeAssembly
{
    internal static WorkProgramme Build(TextLayoutParser text, ImportHeader header, IDayClassifier classifier, ImportLog log)
    {
        ProgrammePeriod period = Period(text, header, log);
        AssumedFields assumed = AssumedFields.Agency | AssumedFields.Signature;
        DocumentIdentity identity = Identity(text, header, log, ref assumed);
        RecipientList recipients = Recipients(text, header, log, ref assumed);
        try
        {
            List<ScheduleDay> days = text.Days.Select(d => d.Build(classifier)).ToList();
            return new WorkProgramme(
                header.Agency,
                identity,
                period,
                new ScheduleSection(days, text.ScheduleHeading),
                header.Signature,
                new FocusTaskSection(text.FocusTasks, text.FocusHeading),
                recipients,
                text.AbstractText is { } written && written != DocumentKindText.DefaultAbstract(text.Kind, period) ? written : null,
                assumed).AsKind(text.Kind);
        }
        catch (ArgumentException ex)
        {
            throw new ProgrammeImportException(null, "the programme could not be built: " + ex.Message, ex);
        }
    }

    private static ProgrammePeriod Period(TextLayoutParser text, ImportHeader header, ImportLog log)
    {
        if (text.TitlePeriod is { } title && text.HeadingPeriod is { } heading && !title.Equals(heading))
        {
            log.General(ImportSeverity.Warning, ImportCodes.PeriodsDisagree, ImportText.Of("PeriodsDisagree", text.TitleLine, title, text.HeadingLine, heading));
        }
        else if (text.TitlePeriod is null && text.HeadingPeriod is { } fromHeading)
        {
            log.General(
                ImportSeverity.Information,
                ImportCodes.PeriodNotInTitle,
                ImportText.Of(fromHeading.Month is null ? "PeriodFromHeading" : "MonthFromHeading", fromHeading, text.HeadingLine));
        }
        else if (text.TitlePeriod is null && text.HeadingPeriod is null && header.Month is { } assumed)
        {
            log.General(ImportSeverity.Warning, ImportCodes.PeriodNotInTitle, ImportText.Of("MonthFromHeaderFile", IsoDate.Format(assumed)));
        }

        return text.ResolvePeriod(1);
    }

    internal static DocumentIdentity Identity(IProgrammeParts text, ImportHeader header, ImportLog log, ref AssumedFields assumed)
    {
        int? number = text.Number;
        if (text.Symbol is null && header.Number is not null)
        {
            number = header.Number;
            assumed |= AssumedFields.Number;
        }
        else if (header.Number is not null && header.Number != text.Number)
        {
            Differs(log, ImportText.Of("HeaderField_Number"), header.Number.Value.ToString(CultureInfo.InvariantCulture), text.Number?.ToString(CultureInfo.InvariantCulture) ?? (object)ImportText.Of("HeaderValue_NoNumber"));
        }

        string symbol;
        if (text.Symbol is not null)
        {
            symbol = text.Symbol;
            if (header.Symbol is not null && header.Symbol != symbol)
            {
                Differs(log, ImportText.Of("HeaderField_Symbol"), header.Symbol, symbol);
            }
        }
        else if (header.Symbol is not null)
        {
            symbol = header.Symbol;
            assumed |= AssumedFields.Symbol;
        }
        else
        {
            symbol = DocumentKindText.Symbol(DocumentKind.Programme, header.Agency.Abbreviation);
            assumed |= AssumedFields.Symbol;
            log.General(ImportSeverity.Information, ImportCodes.SymbolDerived, ImportText.Of("SymbolDerived", symbol));
        }

        string place = text.PlaceName ?? header.PlaceName
            ?? throw new ProgrammeImportException(null, "the place name is unknown: the text has no line like \"Hà Tĩnh, ngày 7 tháng 5 năm 2021\" and the header file gives no \"placeName\".");
        LocalDate date = text.IssueDate ?? header.IssueDate
            ?? throw new ProgrammeImportException(null, "the issue date is unknown: the text has no line like \"Hà Tĩnh, ngày 7 tháng 5 năm 2021\" and the header file gives no \"issueDate\".");
        if (text.PlaceName is null)
        {
            assumed |= AssumedFields.PlaceName;
        }
        else if (header.PlaceName is not null && header.PlaceName != text.PlaceName)
        {
            Differs(log, ImportText.Of("HeaderField_PlaceName"), header.PlaceName, text.PlaceName);
        }

        if (text.IssueDate is null)
        {
            assumed |= AssumedFields.IssueDate;
        }
        else if (header.IssueDate is not null && header.IssueDate != text.IssueDate)
        {
            Differs(log, ImportText.Of("HeaderField_IssueDate"), IsoDate.Format(header.IssueDate.Value), IsoDate.Format(text.IssueDate.Value));
        }

        try
        {
            return new DocumentIdentity(number, symbol, place, date);
        }
        catch (ArgumentException ex)
        {
            throw new ProgrammeImportException(text.PlaceLine == 0 ? null : text.PlaceLine, "the document identity is invalid: " + ex.Message, ex);
        }
    }

    internal static RecipientList Recipients(IProgrammeParts text, ImportHeader header, ImportLog log, ref AssumedFields assumed)
    {
        if (text.RecipientsBlockRead)
        {
            return new RecipientList(text.Recipients, text.Archive);
        }

        if (header.Recipients is not null)
        {
            assumed |= AssumedFields.Recipients;
            return header.Recipients;
        }

        log.General(ImportSeverity.Information, ImportCodes.NoRecipientsBlock, ImportText.Of("NoRecipientsBlock"));
        return RecipientList.Empty;
    }

    /// <summary>Logs IMP23: the header file's <paramref name="field"/> (its JSON name in English, a Vietnamese word in Vietnamese) differs from the text's.</summary>
    private static void Differs(ImportLog log, LocalizedText field, string headerValue, object textValue) =>
        log.General(ImportSeverity.Warning, ImportCodes.HeaderValueDiffers, ImportText.Of("HeaderValueDiffers", field, headerValue, textValue));
}
