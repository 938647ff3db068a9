using NodaTime;
using WorkPlan.Documents.Calendar.Holidays;
using WorkPlan.Documents.Rendering.Templating;

namespace WorkPlan.Documents.Templates.DependencyInjection;

/// <summary>
/// What <c>AddWorkPlanDocuments</c> registers: the template set the renderer uses (the default ND30 set, optionally
/// overridden from a folder and with an extra stylesheet) and the holiday calendar (the shipped one plus additions).
/// </summary>
/// <remarks>
/// Set the options in the <c>configure</c> callback of <c>AddWorkPlanDocuments</c>; they are read once, when the
/// renderer or the calendar is first resolved. Files named here are read then too: a bad template or stylesheet
/// is reported by the first render, naming the file, line and column.
/// </remarks>
/// <threadsafety>Not thread-safe: configure it from one thread during start-up.</threadsafety>
public sealed class WorkPlanDocumentsOptions
{
    /// <summary>Gets or sets the base template set; the default ND30 set (<see cref="Nd30Templates.Default"/>) unless changed.</summary>
    public TemplateSet Templates { get; set; } = Nd30Templates.Default;

    /// <summary>
    /// Gets or sets a folder whose files replace the same-named files of <see cref="Templates"/> (partials,
    /// nd30.css, schedule-columns.json), e.g. one written by <c>workplan templates export</c> and edited; null for none.
    /// </summary>
    public string? TemplateFolder { get; set; }

    /// <summary>
    /// Gets or sets a stylesheet file whose rules are applied after the template set's own (they win where both set a
    /// property); null for none.
    /// </summary>
    public string? StyleSheetPath { get; set; }

    /// <summary>Gets the annual holidays to add to the shipped calendar: a province's own day, a newly legislated holiday.</summary>
    public IList<AnnualHoliday> AdditionalHolidays { get; } = new List<AnnualHoliday>();

    /// <summary>Gets the official yearly schedules to add or replace (a newly announced year's Tết and swapped days).</summary>
    public IList<OfficialHolidaySchedule> OfficialSchedules { get; } = new List<OfficialHolidaySchedule>();

    /// <summary>Gets or sets the clock that dates the .docx core properties; null for the system clock.</summary>
    public IClock? Clock { get; set; }

    /// <summary>Builds the template set these options describe.</summary>
    /// <returns>The set.</returns>
    /// <exception cref="DirectoryNotFoundException">The template folder does not exist.</exception>
    /// <exception cref="IOException">The stylesheet file cannot be read.</exception>
    internal TemplateSet BuildTemplateSet()
    {
        TemplateSet set = Templates ?? throw new InvalidOperationException("WorkPlanDocumentsOptions.Templates is null; leave it at Nd30Templates.Default or set a template set.");
        if (TemplateFolder is not null)
        {
            set = set.WithFolder(TemplateFolder);
        }

        if (StyleSheetPath is not null)
        {
            set = set.ExtendStyleSheet(File.ReadAllText(StyleSheetPath), StyleSheetPath);
        }

        return set;
    }

    /// <summary>Builds the holiday calendar these options describe.</summary>
    /// <returns>The calendar.</returns>
    internal VietnameseHolidayCalendar BuildHolidayCalendar()
    {
        VietnameseHolidayCalendar calendar = VietnameseHolidayCalendar.Default;
        foreach (OfficialHolidaySchedule schedule in OfficialSchedules)
        {
            calendar = calendar.WithOfficialSchedule(schedule);
        }

        foreach (AnnualHoliday holiday in AdditionalHolidays)
        {
            calendar = calendar.WithAnnualHoliday(holiday);
        }

        return calendar;
    }
}
