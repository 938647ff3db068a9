using NodaTime;
using WorkPlan.Documents.Calendar.Holidays;
using WorkPlan.Documents.Rendering.Templating;

namespace WorkPlan.Documents.Templates.DependencyInjection;

/// <summary>
/// What <c>AddWorkPlanDocuments</c> registers: the template set the renderer uses (the default ND30 set, optionally
/// overridden from a folder and with an extra stylesheet) and the holiday calendar (the shipped one plus additions).
/// </summary>
/// <remarks>
/// Set the options in the <c>configure</c> callback of <c>AddWorkPlanDocuments</c>. The template set they describe is
/// built and checked once, at start-up (<c>ValidateOnStart</c>): a template error anywhere in the set — a partial or
/// branch no request has reached yet, the stylesheet, schedule-columns.json — stops the host from starting, naming the
/// file, line and column; warnings are logged. A relative <see cref="TemplateFolder"/> or <see cref="StyleSheetPath"/>
/// is taken from the host's content root (<c>IHostEnvironment.ContentRootPath</c>), not the current directory.
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

    /// <summary>
    /// Uses a template set built elsewhere as the base set — typically the one the templates' source generator embeds
    /// (<c>OfficeTemplates.Set</c>), so nothing is read from disk at run time.
    /// </summary>
    /// <param name="set">The template set.</param>
    /// <returns>These options, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="set"/> is null.</exception>
    public WorkPlanDocumentsOptions UseTemplates(TemplateSet set)
    {
        Templates = set ?? throw new ArgumentNullException(nameof(set));
        return this;
    }

    /// <summary>Builds the template set these options describe.</summary>
    /// <param name="contentRoot">The folder relative paths are taken from (the host's content root); null for the current directory.</param>
    /// <returns>The set.</returns>
    /// <exception cref="DirectoryNotFoundException">The template folder does not exist.</exception>
    /// <exception cref="IOException">The stylesheet file cannot be read.</exception>
    internal TemplateSet BuildTemplateSet(string? contentRoot)
    {
        TemplateSet set = Templates ?? throw new InvalidOperationException("WorkPlanDocumentsOptions.Templates is null; leave it at Nd30Templates.Default or set a template set.");
        if (TemplateFolder is not null)
        {
            set = set.WithFolder(Resolve(TemplateFolder, contentRoot));
        }

        if (StyleSheetPath is not null)
        {
            string path = Resolve(StyleSheetPath, contentRoot);
            set = set.ExtendStyleSheet(File.ReadAllText(path), path);
        }

        return set;
    }

    /// <summary>A path as given when absolute, else under the content root (when there is one).</summary>
    internal static string Resolve(string path, string? contentRoot) =>
        contentRoot is null || Path.IsPathRooted(path) ? path : Path.Combine(contentRoot, path);

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
