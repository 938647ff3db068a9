namespace WorkPlan.Documents.Model;

/// <summary>A part of the day (buổi) under which entries are listed, in the order they are shown.</summary>
public enum SessionKind
{
    /// <summary>The whole day (cả ngày), for a day organised without morning and afternoon.</summary>
    AllDay = 0,

    /// <summary>Morning (buổi sáng).</summary>
    Morning = 1,

    /// <summary>Afternoon (buổi chiều).</summary>
    Afternoon = 2,

    /// <summary>Evening (buổi tối).</summary>
    Evening = 3,
}
