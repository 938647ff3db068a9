using NodaTime;
using WorkPlan.Documents.Calendar.Lunar;
using WorkPlan.Documents.Utility;

namespace WorkPlan.Documents.Calendar.Holidays;

/// <summary>
/// The holiday schedule the Prime Minister decides for a year (Labour Code 2019, Art. 112(3)) for officials and public
/// employees with a Saturday and Sunday weekly rest: which five days are the Tết holiday, which day next to 2/9 is the
/// second Quốc khánh day, and which working days are swapped for make-up Saturdays.
/// </summary>
/// <remarks>
/// The other statutory days (1/1, 30/4, 1/5, 2/9, Giỗ Tổ 10/3 âm lịch) and the compensatory days of Art. 111(3) follow
/// from the law; <see cref="VietnameseHolidayCalendar"/> computes them. The library ships the schedules of 2021 to
/// 2026 with their sources; add a newly announced year with <see cref="VietnameseHolidayCalendar.WithOfficialSchedule"/>.
/// </remarks>
/// <example>
/// <code>
/// var y2024 = new OfficialHolidaySchedule(
///     2024,
///     lunarNewYearHoliday: new DateInterval(new LocalDate(2024, 2, 8), new LocalDate(2024, 2, 12)),
///     nationalDayAdjacentDay: new LocalDate(2024, 9, 3),
///     swaps: [new WorkdaySwap(new LocalDate(2024, 4, 29), new LocalDate(2024, 5, 4))],
///     sources: ["Công văn 2450/VPCP-KGVX ngày 12/4/2024"]);
/// </code>
/// </example>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed class OfficialHolidaySchedule
{
    /// <summary>Creates a year's schedule.</summary>
    /// <param name="year">The year, 2014 to 2199.</param>
    /// <param name="lunarNewYearHoliday">The five statutory Tết days (Art. 112(1)(b)); they include Tết (mùng 1 tháng Giêng) of <paramref name="year"/>.</param>
    /// <param name="nationalDayAdjacentDay">The day adjacent to 2/9 (1/9 or 3/9) that is the second Quốc khánh day; null before 2021, when Quốc khánh was one day.</param>
    /// <param name="swaps">The swapped working days, if any.</param>
    /// <param name="sources">Where the schedule was decided and read, e.g. "Công văn 8726/VPCP-KGVX ngày 26/11/2024".</param>
    /// <exception cref="ArgumentException">A day does not fit the law: the Tết days are not five consecutive days around Tết of <paramref name="year"/>, the adjacent day is not 1/9 or 3/9, or a swap is outside the year.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 2014 to 2199.</exception>
    public OfficialHolidaySchedule(
        int year,
        DateInterval lunarNewYearHoliday,
        LocalDate? nationalDayAdjacentDay,
        IEnumerable<WorkdaySwap>? swaps = null,
        IEnumerable<string>? sources = null)
    {
        if (year < VietnameseHolidayCalendar.MinYear || year > VietnameseHolidayCalendar.MaxYear)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, $"schedule.year {year} is outside the holiday calendar's range {VietnameseHolidayCalendar.MinYear} to {VietnameseHolidayCalendar.MaxYear}.");
        }

        if (lunarNewYearHoliday is null)
        {
            throw new ArgumentNullException(nameof(lunarNewYearHoliday));
        }

        LocalDate tet = VietnameseLunarCalendar.GetNewYear(year);
        if (lunarNewYearHoliday.Length != 5 || !lunarNewYearHoliday.Contains(tet))
        {
            throw new ArgumentException($"schedule {year}: the Tết holiday {IsoDate.Format(lunarNewYearHoliday.Start)}/{IsoDate.Format(lunarNewYearHoliday.End)} must be five consecutive days that include Tết, {IsoDate.Format(tet)}.", nameof(lunarNewYearHoliday));
        }

        if (year >= VietnameseHolidayCalendar.LabourCode2019Year)
        {
            if (nationalDayAdjacentDay is not LocalDate adjacent || adjacent.Year != year || adjacent.Month != 9 || adjacent.Day is not (1 or 3))
            {
                throw new ArgumentException($"schedule {year}: the day adjacent to Quốc khánh must be 1/9 or 3/9/{year} (Labour Code 2019, Art. 112(1)(đ)), not {(nationalDayAdjacentDay is LocalDate d ? IsoDate.Format(d) : "missing")}.", nameof(nationalDayAdjacentDay));
            }
        }
        else if (nationalDayAdjacentDay is not null)
        {
            throw new ArgumentException($"schedule {year}: before 2021 Quốc khánh was one day (Labour Code 2012, Art. 115); there is no adjacent day.", nameof(nationalDayAdjacentDay));
        }

        List<WorkdaySwap> swapList = (swaps ?? []).ToList();
        foreach (WorkdaySwap swap in swapList)
        {
            if (swap is null)
            {
                throw new ArgumentException($"schedule {year}: swaps contains null.", nameof(swaps));
            }

            if (Math.Abs(swap.DayOff.Year - year) > 1)
            {
                throw new ArgumentException($"schedule {year}: swap {swap} is not in or next to {year}.", nameof(swaps));
            }
        }

        Year = year;
        LunarNewYearHoliday = lunarNewYearHoliday;
        NationalDayAdjacentDay = nationalDayAdjacentDay;
        Swaps = swapList.AsReadOnly();
        Sources = (sources ?? []).Select(s => s ?? throw new ArgumentException($"schedule {year}: sources contains null.", nameof(sources))).ToList().AsReadOnly();
    }

    /// <summary>Gets the year.</summary>
    public int Year { get; }

    /// <summary>Gets the five statutory Tết days.</summary>
    public DateInterval LunarNewYearHoliday { get; }

    /// <summary>Gets the day adjacent to 2/9 that is the second Quốc khánh day, or null (before 2021).</summary>
    public LocalDate? NationalDayAdjacentDay { get; }

    /// <summary>Gets the swapped working days.</summary>
    public IReadOnlyList<WorkdaySwap> Swaps { get; }

    /// <summary>Gets where the schedule was decided and read.</summary>
    public IReadOnlyList<string> Sources { get; }

}
