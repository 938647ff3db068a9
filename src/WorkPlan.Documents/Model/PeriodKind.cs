namespace WorkPlan.Documents.Model;

/// <summary>What span of time a programme covers.</summary>
public enum PeriodKind
{
    /// <summary>A calendar month (chương trình công tác tháng).</summary>
    Month = 0,

    /// <summary>A week from Monday to Sunday (lịch công tác tuần).</summary>
    Week = 1,

    /// <summary>Any other run of consecutive days.</summary>
    Custom = 2,
}
