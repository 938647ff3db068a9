using BenchmarkDotNet.Attributes;
using NodaTime;
using WorkPlan.Documents.Calendar;
using WorkPlan.Documents.Calendar.Holidays;
using WorkPlan.Documents.Calendar.Lunar;
using WorkPlan.Documents.Model;

namespace WorkPlan.Documents.Benchmarks.Calendar;

/// <summary>
/// The lunar conversion (both directions, cache warm), classifying a day, scaffolding a month with the holiday
/// calendar, and the one-off costs the caches hide (computing a lunar year, working out a holiday year).
/// </summary>
[MemoryDiagnoser]
public class CalendarBenchmarks
{
    private static readonly LocalDate Gregorian = new(2025, 8, 8);
    private static readonly LunarDate Lunar = new(2025, 6, 15, isLeapMonth: true);
    private static readonly IssuingAgency Agency = new(["BCĐ CÁC CHƯƠNG TRÌNH MTQG", "TỈNH HÀ TĨNH"], ["VĂN PHÒNG ĐIỀU PHỐI", "NÔNG THÔN MỚI"], "VPĐP");
    private static readonly DocumentIdentity Identity = new(5, "CTr-VPĐP", "Hà Tĩnh", new LocalDate(2021, 5, 7));
    private static readonly SignatureBlock Signature = new(["KT. CHÁNH VĂN PHÒNG"], "PHÓ CHÁNH VĂN PHÒNG", "Nguyễn Văn A");
    private static readonly ProgrammePeriod May2021 = ProgrammePeriod.ForMonth(new YearMonth(2021, 5));

    private int year = VietnameseLunarCalendar.MinYear;

    /// <summary>Warms the caches the measured calls use.</summary>
    [GlobalSetup]
    public void Warm()
    {
        _ = LunarDate.FromLocalDate(Gregorian);
        _ = Lunar.ToLocalDate();
        _ = ScaffoldMonth();
    }

    /// <summary>Gregorian → lunar, 8 August 2025 → ngày 15 tháng Sáu nhuận năm Ất Tỵ.</summary>
    [Benchmark]
    public LunarDate GregorianToLunar() => LunarDate.FromLocalDate(Gregorian);

    /// <summary>Lunar → Gregorian, the other way.</summary>
    [Benchmark]
    public LocalDate LunarToGregorian() => Lunar.ToLocalDate();

    /// <summary>The holiday calendar's answer for one day.</summary>
    [Benchmark]
    public DayClassification ClassifyDay() => VietnameseHolidayCalendar.Default.Classify(new LocalDate(2021, 5, 3));

    /// <summary>May 2021 with every day classified (the seed's month), header and signature set.</summary>
    [Benchmark]
    public WorkProgramme ScaffoldMonth() =>
        WorkProgramme.CreateBuilder(May2021)
            .WithVietnameseHolidays()
            .WithAgency(Agency)
            .WithIdentity(Identity)
            .WithSignature(Signature)
            .Build();

    /// <summary>One lunar year computed from the astronomy, as on first use (a new computer, so nothing is cached).</summary>
    [Benchmark]
    public int ComputeLunarYearCold()
    {
        year = year == VietnameseLunarCalendar.MaxYear ? VietnameseLunarCalendar.MinYear : year + 1;
        return new LunisolarComputer(CalendarMeridian.Vietnam).GetYear(year).FirstDay;
    }

    /// <summary>One holiday year worked out, as on first use (lunar years warm).</summary>
    [Benchmark]
    public int ResolveHolidayYearCold() => VietnameseHolidayCalendar.Default.WithAnnualHoliday(AnnualHoliday.VietnamCultureDay).GetHolidayDays(2026).Count;
}
