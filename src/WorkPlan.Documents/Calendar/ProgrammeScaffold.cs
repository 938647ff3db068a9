using NodaTime;
using WorkPlan.Documents.Calendar.Holidays;
using WorkPlan.Documents.Import;
using WorkPlan.Documents.Model;
using WorkPlan.Documents.Text;
using WorkPlan.Documents.Utility;

namespace WorkPlan.Documents.Calendar;

/// <summary>
/// Scaffolds a month's programme (chương trình công tác tháng): every day of the month in place with its status from
/// the Vietnamese holiday calendar — working days, weekends, holiday breaks ("Nghỉ lễ" with the holiday's name),
/// make-up working days — and the header from an <see cref="ImportHeader"/>, ready for the schedule to be filled in.
/// This is what <c>workplan new</c> writes.
/// </summary>
/// <remarks>
/// The header is completed as the importer completes it: without a symbol (ký hiệu) the symbol is "CTr-" and the
/// agency's abbreviation with its spaces dropped; without a place name (địa danh) it is the form's blank
/// <see cref="FormBlanks.PlaceName"/>; without an issue date it is the month's first day, since a programme is issued
/// before its month starts or in its first days. Every value filled in this way is marked in
/// <see cref="WorkProgramme.Assumed"/> for a reviewer to confirm.
/// </remarks>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
public static class ProgrammeScaffold
{
    /// <summary>Scaffolds the programme of <paramref name="month"/>: every day classified, no entries yet.</summary>
    /// <param name="month">The month.</param>
    /// <param name="header">
    /// The office's header values (agency, number, symbol, signer, place, issue date, recipients); its month is not
    /// used. Null for the blanks of Nghị định 30's form (<see cref="ImportHeader.Blank"/>), all of them then marked
    /// assumed, as the number is: the scaffold is a draft until the office fills them in.
    /// </param>
    /// <param name="calendar">The holiday calendar; <see cref="VietnameseHolidayCalendar.Default"/> when null.</param>
    /// <returns>The programme, with no entries and no focus tasks.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="month"/> is outside the years the holiday calendar covers,
    /// <see cref="VietnameseHolidayCalendar.MinYear"/> to <see cref="VietnameseHolidayCalendar.MaxYear"/>.
    /// </exception>
    /// <example>
    /// <code>
    /// WorkProgramme may = ProgrammeScaffold.ForMonth(new YearMonth(2021, 5), ImportHeader.Parse(File.ReadAllText("header.json")));
    /// </code>
    /// </example>
    public static WorkProgramme ForMonth(YearMonth month, ImportHeader? header = null, VietnameseHolidayCalendar? calendar = null)
    {
        if (!VietnameseHolidayCalendar.Covers(month.Year))
        {
            throw new ArgumentOutOfRangeException(
                nameof(month),
                month,
                $"{IsoDate.Format(month)} is outside the years the Vietnamese holiday calendar covers, {VietnameseHolidayCalendar.MinYear} to {VietnameseHolidayCalendar.MaxYear}: its days cannot be classified.");
        }


        return Scaffold(ProgrammePeriod.ForMonth(month), header, calendar);
    }

    /// <summary>
    /// Scaffolds the programme of the week (Monday to Sunday, ISO 8601) that holds <paramref name="dayInWeek"/>: every
    /// day classified, no entries yet — the weekly schedule offices issue (lịch công tác tuần).
    /// </summary>
    /// <param name="dayInWeek">Any day of the week; ISO week 19 of 2021 is the week of 2021-05-10.</param>
    /// <param name="header">The office's header values, as for <see cref="ForMonth"/>; null for the form's blanks, marked assumed.</param>
    /// <param name="calendar">The holiday calendar; <see cref="VietnameseHolidayCalendar.Default"/> when null.</param>
    /// <returns>The programme, with no entries and no focus tasks; its issue date, unless the header gives one, is the Monday.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A day of the week is outside the years the holiday calendar covers.</exception>
    public static WorkProgramme ForWeek(LocalDate dayInWeek, ImportHeader? header = null, VietnameseHolidayCalendar? calendar = null)
    {
        ProgrammePeriod period = ProgrammePeriod.ForWeek(dayInWeek);
        if (!VietnameseHolidayCalendar.Covers(period.Start.Year) || !VietnameseHolidayCalendar.Covers(period.End.Year))
        {
            throw new ArgumentOutOfRangeException(
                nameof(dayInWeek),
                dayInWeek,
                $"the week {IsoDate.Format(period.Start)} – {IsoDate.Format(period.End)} is outside the years the Vietnamese holiday calendar covers, {VietnameseHolidayCalendar.MinYear} to {VietnameseHolidayCalendar.MaxYear}: its days cannot be classified.");
        }

        return Scaffold(period, header, calendar);
    }

    private static WorkProgramme Scaffold(ProgrammePeriod period, ImportHeader? header, VietnameseHolidayCalendar? calendar)
    {
        AssumedFields assumed = AssumedFields.None;
        if (header is null)
        {
            header = ImportHeader.Blank;
            assumed = AssumedFields.Agency | AssumedFields.Signature | AssumedFields.Number;
        }

        string? symbol = header.Symbol;
        if (symbol is null)
        {
            symbol = DocumentKindText.Symbol(DocumentKind.Programme, header.Agency.Abbreviation);
            assumed |= AssumedFields.Symbol;
        }

        string? placeName = header.PlaceName;
        if (placeName is null)
        {
            placeName = FormBlanks.PlaceName;
            assumed |= AssumedFields.PlaceName;
        }

        LocalDate issueDate;
        if (header.IssueDate is { } date)
        {
            issueDate = date;
        }
        else
        {
            issueDate = period.Start;
            assumed |= AssumedFields.IssueDate;
        }

        WorkProgrammeBuilder builder = WorkProgramme.CreateBuilder(period)
            .WithVietnameseHolidays(calendar)
            .WithAgency(header.Agency)
            .WithSignature(header.Signature)
            .WithIdentity(new DocumentIdentity(header.Number, symbol, placeName, issueDate))
            .MarkAssumed(assumed);
        if (header.Recipients is { } recipients)
        {
            foreach (Recipient recipient in recipients.Recipients)
            {
                builder.AddRecipient(recipient.Name, recipient.Purpose);
            }

            builder.WithArchive([.. recipients.Archive]);
        }

        return builder.Build();
    }
}
