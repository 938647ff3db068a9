using NodaTime;
using WorkPlan.Documents.Calendar.Lunar;
using WorkPlan.Documents.Model;
using WorkPlan.Documents.Text;

namespace WorkPlan.Documents.Calendar.Holidays;

/// <summary>
/// Works out a Gregorian year of the holiday calendar: the holidays of the law and of the year's official schedule,
/// the compensatory days of Art. 111(3), the swapped days, and the holiday breaks.
/// </summary>
/// <remarks>
/// A holiday break is a run of consecutive days off (weekend days that are not make-up days, holidays, compensatory
/// and swapped days) that contains a holiday; every day of it is shown as a holiday ("Nghỉ lễ"), as the seed shows
/// Saturday 1/5 and Sunday 2/5/2021. The neighbouring years are worked out too, since a break or a compensatory day
/// can cross New Year (Saturday 30/12/2023 and Sunday 31/12/2023 belong to the break of 1/1/2024).
/// </remarks>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
internal static class HolidayYearResolver
{
    // How far a break can reach into the neighbouring year; the longest breaks (Tết) last nine or ten days.
    private const int Margin = 20;

    private enum DayKind
    {
        Working,
        Weekend,
        MakeUp,
        Holiday,
        Compensatory,
        Swapped,
    }

    internal static HolidayYear Resolve(int year, IReadOnlyDictionary<int, OfficialHolidaySchedule> schedules, IReadOnlyList<AnnualHoliday> annualHolidays)
    {
        var holidays = new SortedDictionary<LocalDate, HolidayOccurrence>();
        var swappedDays = new Dictionary<LocalDate, WorkdaySwap>();
        var makeUpDays = new Dictionary<LocalDate, WorkdaySwap>();
        for (int y = year - 1; y <= year + 1; y++)
        {
            schedules.TryGetValue(y, out OfficialHolidaySchedule? schedule);
            foreach (HolidayOccurrence occurrence in Occurrences(y, schedule, annualHolidays))
            {
                holidays[occurrence.Date] = holidays.TryGetValue(occurrence.Date, out HolidayOccurrence? same) ? Merge(same, occurrence) : occurrence;
            }

            foreach (WorkdaySwap swap in schedule?.Swaps ?? [])
            {
                swappedDays[swap.DayOff] = swap;
                makeUpDays[swap.MakeUpDay] = swap;
            }
        }

        Dictionary<LocalDate, HolidayOccurrence> compensatory = CompensatoryDays(holidays, swappedDays);

        var first = new LocalDate(year, 1, 1).PlusDays(-Margin);
        int length = Period.DaysBetween(first, new LocalDate(year, 12, 31).PlusDays(Margin)) + 1;
        var kinds = new DayKind[length];
        for (int i = 0; i < length; i++)
        {
            LocalDate date = first.PlusDays(i);
            kinds[i] = holidays.ContainsKey(date) ? DayKind.Holiday
                : compensatory.ContainsKey(date) ? DayKind.Compensatory
                : swappedDays.ContainsKey(date) ? DayKind.Swapped
                : makeUpDays.ContainsKey(date) ? DayKind.MakeUp
                : WorkdaySwap.IsWeekend(date) ? DayKind.Weekend
                : DayKind.Working;
        }

        var special = new List<HolidayDay>();
        var days = new DayClassification[CalendarSystem.Iso.GetDaysInYear(year)];
        for (int i = 0; i < length;)
        {
            if (!IsOff(kinds[i]))
            {
                LocalDate date = first.PlusDays(i);
                if (date.Year == year)
                {
                    days[date.DayOfYear - 1] = Ordinary(date, kinds[i], makeUpDays, special);
                }

                i++;
                continue;
            }

            int end = i;
            while (end < length && IsOff(kinds[end]))
            {
                end++;
            }

            ClassifyRun(first, kinds, i, end, year, holidays, compensatory, days, special);
            i = end;
        }

        return new HolidayYear(year, days, special.AsReadOnly());
    }

    private static IEnumerable<HolidayOccurrence> Occurrences(int year, OfficialHolidaySchedule? schedule, IReadOnlyList<AnnualHoliday> annualHolidays)
    {
        bool provisional = schedule is null;

        // Lunar years beyond the calendar's range only matter from late January on, outside any break that can
        // touch the neighbouring year, so they are left out rather than computed.
        bool lunar = year >= VietnameseLunarCalendar.MinYear && year <= VietnameseLunarCalendar.MaxYear;

        yield return new(new LocalDate(year, 1, 1), HolidayNames.NewYear, true, provisional);
        if (lunar)
        {
            // Provisional Tết: the last day of tháng Chạp through mùng 4 tháng Giêng.
            LocalDate tet = VietnameseLunarCalendar.GetNewYear(year);
            DateInterval tetDays = schedule?.LunarNewYearHoliday ?? new DateInterval(tet.PlusDays(-1), tet.PlusDays(3));
            foreach (LocalDate date in tetDays)
            {
                yield return new(date, HolidayNames.LunarNewYear, true, provisional);
            }

            yield return new(new LunarDate(year, 3, 10).ToLocalDate(), HolidayNames.HungKings, true, provisional);
        }

        yield return new(new LocalDate(year, 4, 30), HolidayNames.Victory, true, provisional);
        yield return new(new LocalDate(year, 5, 1), HolidayNames.Labour, true, provisional);
        yield return new(new LocalDate(year, 9, 2), HolidayNames.National, true, provisional);
        if (year >= VietnameseHolidayCalendar.LabourCode2019Year)
        {
            // Provisional second day of Quốc khánh: 3/9.
            yield return new(schedule?.NationalDayAdjacentDay ?? new LocalDate(year, 9, 3), HolidayNames.National, true, provisional);
        }

        foreach (AnnualHoliday holiday in annualHolidays)
        {
            if (holiday.IsKeptIn(year) && (lunar || !holiday.IsLunar) && holiday.DateIn(year) is LocalDate date)
            {
                yield return new(date, holiday.Name, holiday.IsCompensated, provisional);
            }
        }
    }

    // Two holidays on one day (Giỗ Tổ can fall on 30/4 after a leap month): one day off under both names. No rule
    // grants a second day for it; the Prime Minister's schedule would decide.
    private static HolidayOccurrence Merge(HolidayOccurrence a, HolidayOccurrence b) => new(
        a.Date,
        a.Name == b.Name ? a.Name : a.Name + ", " + b.Name,
        a.IsCompensated || b.IsCompensated,
        a.IsProvisional || b.IsProvisional);

    // Art. 111(3): a holiday on a weekly rest day gives the rest day on the next working day, in date order, skipping
    // days already off.
    private static Dictionary<LocalDate, HolidayOccurrence> CompensatoryDays(SortedDictionary<LocalDate, HolidayOccurrence> holidays, Dictionary<LocalDate, WorkdaySwap> swappedDays)
    {
        var compensatory = new Dictionary<LocalDate, HolidayOccurrence>();
        foreach (HolidayOccurrence holiday in holidays.Values)
        {
            if (!holiday.IsCompensated || !WorkdaySwap.IsWeekend(holiday.Date))
            {
                continue;
            }

            LocalDate day = holiday.Date.PlusDays(1);
            while (WorkdaySwap.IsWeekend(day) || holidays.ContainsKey(day) || compensatory.ContainsKey(day) || swappedDays.ContainsKey(day))
            {
                day = day.PlusDays(1);
            }

            compensatory.Add(day, holiday);
        }

        return compensatory;
    }

    private static DayClassification Ordinary(LocalDate date, DayKind kind, Dictionary<LocalDate, WorkdaySwap> makeUpDays, List<HolidayDay> special)
    {
        if (kind != DayKind.MakeUp)
        {
            return new DayClassification(DayStatus.WorkingDay);
        }

        var day = new HolidayDay(date, HolidayDayKind.MakeUpWorkingDay, HolidayNames.MakeUpPrefix + Nd30DateFormat.ShortDate(makeUpDays[date].DayOff), isProvisional: false);
        special.Add(day);
        return day.Classification;
    }

    private static void ClassifyRun(
        LocalDate first,
        DayKind[] kinds,
        int start,
        int end,
        int year,
        SortedDictionary<LocalDate, HolidayOccurrence> holidays,
        Dictionary<LocalDate, HolidayOccurrence> compensatory,
        DayClassification[] days,
        List<HolidayDay> special)
    {
        var runHolidays = new List<(int Index, HolidayOccurrence Holiday)>();
        bool provisional = false;
        for (int i = start; i < end; i++)
        {
            LocalDate date = first.PlusDays(i);
            if (holidays.TryGetValue(date, out HolidayOccurrence? holiday))
            {
                runHolidays.Add((i, holiday));
            }

            provisional |= (holiday ?? (compensatory.TryGetValue(date, out HolidayOccurrence? compensated) ? compensated : null))?.IsProvisional ?? false;
        }

        for (int i = start; i < end; i++)
        {
            LocalDate date = first.PlusDays(i);
            if (date.Year != year)
            {
                continue;
            }

            string? nearest = runHolidays.Count == 0 ? null
                : runHolidays.OrderBy(h => Math.Abs(h.Index - i)).ThenBy(h => h.Index).First().Holiday.Name;
            HolidayDay? day = kinds[i] switch
            {
                DayKind.Holiday => new HolidayDay(date, HolidayDayKind.PublicHoliday, holidays[date].Name, provisional),
                DayKind.Compensatory => new HolidayDay(date, HolidayDayKind.CompensatoryDay, HolidayNames.CompensatoryPrefix + compensatory[date].Name, provisional),
                DayKind.Swapped => new HolidayDay(date, HolidayDayKind.SwappedDayOff, nearest is null ? HolidayNames.Swapped : HolidayNames.SwappedPrefix + nearest, provisional),
                _ => nearest is null ? null : new HolidayDay(date, HolidayDayKind.WeeklyRestInBreak, nearest, provisional),
            };

            if (day is null)
            {
                days[date.DayOfYear - 1] = new DayClassification(DayStatus.Weekend);
            }
            else
            {
                special.Add(day);
                days[date.DayOfYear - 1] = day.Classification;
            }
        }
    }

    private static bool IsOff(DayKind kind) => kind is DayKind.Weekend or DayKind.Holiday or DayKind.Compensatory or DayKind.Swapped;
}
