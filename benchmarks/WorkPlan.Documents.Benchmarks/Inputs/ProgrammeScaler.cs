using NodaTime;
using WorkPlan.Documents.Model;

namespace WorkPlan.Documents.Benchmarks.Inputs;

/// <summary>
/// Builds the scaling inputs from the seed, deterministically (no randomness): the same texts, the same shapes of
/// day, only more of them, so that time and allocations can be compared per entry.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item><b>Year (10×)</b>: the seed's 31 days laid end to end ten times from 1 January 2021 (310 days), a year's
/// programme. Every copy of a day keeps its sessions and entries; holidays stay holidays (so the "Nghỉ lễ" rows scale
/// too); other days are weekends or working days by their new weekday. Entries and table rows are exactly 10×.</item>
/// <item><b>Province-wide year (100×)</b>: the year with every entry written by ten units (the provincial office and
/// nine district offices), as a province-wide programme collects them: entries are exactly 100×.</item>
/// </list>
/// </remarks>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
public static class ProgrammeScaler
{
    private const int SeedDays = 31;

    /// <summary>The units a province-wide programme collects entries from; the first is the seed's own unit.</summary>
    private static readonly string?[] Units =
    [
        null, "Huyện Hương Sơn", "Huyện Đức Thọ", "Huyện Cẩm Xuyên", "Huyện Kỳ Anh", "Huyện Can Lộc",
        "Huyện Thạch Hà", "Huyện Nghi Xuân", "Thị xã Hồng Lĩnh", "Thành phố Hà Tĩnh",
    ];

    /// <summary>The seed's days laid end to end ten times: 10× the entries over 310 days of 2021.</summary>
    /// <param name="seed">The seed programme (31 days).</param>
    /// <returns>The year's programme.</returns>
    public static WorkProgramme Year(WorkProgramme seed) => Repeat(seed, copies: 10, unitsPerEntry: 1);

    /// <summary>The year with every entry repeated for ten units: 100× the entries.</summary>
    /// <param name="seed">The seed programme (31 days).</param>
    /// <returns>The province-wide programme.</returns>
    public static WorkProgramme ProvinceYear(WorkProgramme seed) => Repeat(seed, copies: 10, unitsPerEntry: Units.Length);

    private static WorkProgramme Repeat(WorkProgramme seed, int copies, int unitsPerEntry)
    {
        if (seed.Schedule.Days.Count != SeedDays || seed.Period.Month is null)
        {
            throw new ArgumentException("The scaler expects the seed: a month programme listing all 31 days.", nameof(seed));
        }

        var start = new LocalDate(2021, 1, 1);
        var days = new List<ScheduleDay>(SeedDays * copies);
        for (int copy = 0; copy < copies; copy++)
        {
            for (int i = 0; i < SeedDays; i++)
            {
                ScheduleDay source = seed.Schedule.Days[i];
                LocalDate date = start.PlusDays((copy * SeedDays) + i);
                days.Add(new ScheduleDay(
                    date,
                    StatusOn(source, date),
                    source.Sessions.Select(s => new ScheduleSession(s.Kind, Multiply(s.Entries, unitsPerEntry))),
                    source.HolidayName));
            }
        }

        var period = ProgrammePeriod.ForInterval(new DateInterval(start, days[^1].Date));
        return new WorkProgramme(
            seed.Agency,
            seed.Identity,
            period,
            new ScheduleSection(days, seed.Schedule.Heading is null ? null : period.DefaultScheduleHeading),
            seed.Signature,
            seed.FocusTasks,
            seed.Recipients,
            seed.CustomAbstract is null ? null : period.DefaultAbstract,
            seed.Assumed);
    }

    private static DayStatus StatusOn(ScheduleDay source, LocalDate date) =>
        source.Status == DayStatus.Holiday ? DayStatus.Holiday
        : date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday ? DayStatus.Weekend
        : DayStatus.WorkingDay;

    private static IEnumerable<ScheduleEntry> Multiply(IReadOnlyList<ScheduleEntry> entries, int units)
    {
        foreach (ScheduleEntry entry in entries)
        {
            for (int u = 0; u < units; u++)
            {
                yield return u == 0 ? entry : new ScheduleEntry(
                    entry.Content,
                    Units[u] + (entry.PreparingUnit is null ? string.Empty : " – " + entry.PreparingUnit),
                    entry.Leaders,
                    entry.StartTime,
                    entry.Location,
                    entry.IsAllDay,
                    entry.CalendarOf,
                    entry.Fields);
            }
        }
    }
}
