using NodaTime;
using WorkPlan.Documents.Model;
using WorkPlan.Documents.Text;

namespace WorkPlan.Documents.Import;

/// <summary>
/// Turns the day number of a schedule row ("04", "31/5") into a date of the programme: within one month for a
/// monthly programme, within any run of days (a week across two months, a year) for the others.
/// </summary>
internal abstract class DayResolver
{
    /// <summary>Gets the period's name for messages ("5/2021", "03/5 – 09/5/2021").</summary>
    internal abstract string Description { get; }

    /// <summary>Returns the resolver of a calendar month.</summary>
    internal static DayResolver ForMonth(YearMonth month) => new MonthResolver(month);

    /// <summary>Returns the resolver of a period: a month period resolves as <see cref="ForMonth"/>.</summary>
    internal static DayResolver ForPeriod(ProgrammePeriod period) =>
        period.Month is { } month ? new MonthResolver(month) : new IntervalResolver(period.Dates);

    /// <summary>Returns the date the row means, or null when no day of the period has that number (and month).</summary>
    /// <param name="day">The day of the month written.</param>
    /// <param name="month">The month written after it ("31/5"), or null.</param>
    /// <param name="after">The date of the day read before, if any: a repeated number means the next such day.</param>
    internal abstract LocalDate? Resolve(int day, int? month, LocalDate? after);

    private sealed class MonthResolver : DayResolver
    {
        private readonly YearMonth month;

        internal MonthResolver(YearMonth month) => this.month = month;

        internal override string Description => Nd30DateFormat.ShortMonth(month);

        internal override LocalDate? Resolve(int day, int? monthWritten, LocalDate? after)
        {
            int daysInMonth = CalendarSystem.Iso.GetDaysInMonth(month.Year, month.Month);
            return day < 1 || day > daysInMonth || (monthWritten is { } m && m != month.Month) ? null : month.OnDayOfMonth(day);
        }
    }

    private sealed class IntervalResolver : DayResolver
    {
        private readonly DateInterval dates;

        internal IntervalResolver(DateInterval dates) => this.dates = dates;

        internal override string Description =>
            Nd30DateFormat.ShortDate(dates.Start) + " – " + Nd30DateFormat.ShortDate(dates.End);

        internal override LocalDate? Resolve(int day, int? month, LocalDate? after)
        {
            LocalDate? first = null;
            foreach (LocalDate date in dates)
            {
                if (date.Day != day || (month is { } m && date.Month != m))
                {
                    continue;
                }

                if (after is null || date > after.Value)
                {
                    return date;
                }

                first ??= date;
            }

            return first;
        }
    }
}
