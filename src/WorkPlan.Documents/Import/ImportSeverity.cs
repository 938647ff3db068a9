namespace WorkPlan.Documents.Import;

/// <summary>How serious an import diagnostic is.</summary>
public enum ImportSeverity
{
    /// <summary>Something was read in a way worth a glance (e.g. a weekday written on its own line); nothing is lost.</summary>
    Information = 0,

    /// <summary>Something was read with a guess (e.g. a repeated session merged); check the result.</summary>
    Warning = 1,

    /// <summary>A line or part of a line could not be placed in the programme; its text is in the diagnostic.</summary>
    Error = 2,
}
