using WorkPlan.Documents.Calendar.Holidays;
using WorkPlan.Documents.Model;

namespace WorkPlan.Documents.Checking;

/// <summary>
/// Checks a programme — imported or built in code — before it is issued, against the rules in
/// <see cref="CheckRules"/> (WP001–WP013, documented in <see href="https://github.com/workplan-documents/WorkPlan.Documents/blob/main/docs/import-and-check.md">docs/import-and-check.md</see>), and returns structured findings.
/// </summary>
/// <example>
/// <code>
/// foreach (Finding finding in ProgrammeChecker.Check(programme, holidayCalendar))
/// {
///     Console.WriteLine(finding); // "WP002 warning at 2021-05-06 Morning #3 leaders[0]: Đ/c Dực is the only leader …"
/// }
/// </code>
/// </example>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
public static class ProgrammeChecker
{
    private static readonly IProgrammeCheck[] Checks =
    [
        new WeekdayCheck(),
        new DoubleBookingCheck(),
        new NameVariantCheck(),
        new DayCheck(),
        new HeaderCheck(),
        new FormBlankCheck(),
        new InvisibleCharacterCheck(),
        new HonorificCheck(),
    ];

    /// <summary>Checks <paramref name="programme"/>.</summary>
    /// <param name="programme">The programme.</param>
    /// <param name="dayClassifier">
    /// Decides whether a day missing from the schedule is a working day (WP007); by default the Vietnamese holiday
    /// calendar (<see cref="VietnameseHolidayCalendar.Default"/>: weekends, public holidays, official days off and
    /// make-up working days), the calendar <c>workplan check</c> uses, so the library and the tool agree. Days in the
    /// schedule keep their own status.
    /// </param>
    /// <returns>The findings: header findings first, then by date, rule id and place.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="programme"/> is null.</exception>
    public static IReadOnlyList<Finding> Check(WorkProgramme programme, IDayClassifier? dayClassifier = null)
    {
        if (programme is null)
        {
            throw new ArgumentNullException(nameof(programme));
        }

        var context = new CheckContext(programme, dayClassifier ?? VietnameseHolidayCalendar.Default);
        return Checks.SelectMany(c => c.Run(context))
            .OrderBy(f => f.Location.Date is null ? 0 : 1)
            .ThenBy(f => f.Location.Date)
            .ThenBy(f => f.RuleId, StringComparer.Ordinal)
            .ThenBy(f => f.Location.Session)
            .ThenBy(f => f.Location.EntryIndex)
            .ToList()
            .AsReadOnly();
    }
}
