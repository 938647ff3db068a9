namespace WorkPlan.Documents.Calendar.Holidays;

/// <summary>Why a day of the holiday calendar is special.</summary>
public enum HolidayDayKind
{
    /// <summary>A public holiday (ngày nghỉ lễ, tết): a statutory day of Art. 112(1), or an added annual holiday.</summary>
    PublicHoliday = 0,

    /// <summary>A compensatory day off (nghỉ bù): a holiday fell on a weekly rest day (Art. 111(3)).</summary>
    CompensatoryDay = 1,

    /// <summary>A working day given off by a swap (hoán đổi ngày làm việc), worked on a make-up day instead.</summary>
    SwappedDayOff = 2,

    /// <summary>A Saturday or Sunday inside a holiday break (ngày nghỉ hằng tuần trong đợt nghỉ lễ).</summary>
    WeeklyRestInBreak = 3,

    /// <summary>A weekend day worked to make up for a swapped day off (làm bù).</summary>
    MakeUpWorkingDay = 4,
}
