namespace WorkPlan.Documents.Model;

/// <summary>What kind of day a schedule day is for civil servants (Saturday and Sunday weekly rest).</summary>
public enum DayStatus
{
    /// <summary>An ordinary working day (ngày làm việc).</summary>
    WorkingDay = 0,

    /// <summary>A weekly rest day (ngày nghỉ hằng tuần), Saturday or Sunday.</summary>
    Weekend = 1,

    /// <summary>A day off for a public holiday, including compensatory and swapped days (nghỉ lễ, nghỉ bù, hoán đổi).</summary>
    Holiday = 2,

    /// <summary>A weekend day worked to make up for a swapped day (làm bù).</summary>
    MakeUpWorkingDay = 3,
}
