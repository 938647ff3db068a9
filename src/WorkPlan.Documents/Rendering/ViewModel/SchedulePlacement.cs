namespace WorkPlan.Documents.Rendering.ViewModel;

/// <summary>Where the day-by-day schedule table is placed in the document.</summary>
public enum SchedulePlacement
{
    /// <summary>In the body, under section 2's heading, on the portrait pages (as the seed programme does).</summary>
    Body = 0,

    /// <summary>
    /// In an annex (Phụ lục, Nghị định 30 Phụ lục I §III.1) after the signature: a landscape section with its own page
    /// numbering, headed "Phụ lục", the annex title and the "(Kèm theo Chương trình số …)" line; the body refers to it.
    /// </summary>
    Annex = 1,
}
