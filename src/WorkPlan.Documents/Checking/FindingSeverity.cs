namespace WorkPlan.Documents.Checking;

/// <summary>How serious a finding of the checker is.</summary>
public enum FindingSeverity
{
    /// <summary>Worth a look; often intended (work on a weekend, leaders shared between an all-day task and another).</summary>
    Information = 0,

    /// <summary>Probably a mistake to fix before issuing (a leader booked twice, a name written two ways).</summary>
    Warning = 1,

    /// <summary>The document is wrong as it stands (a weekday that contradicts its date, a malformed symbol).</summary>
    Error = 2,
}
