using WorkPlan.Documents.Text;
using WorkPlan.Documents.Utility;

namespace WorkPlan.Documents.Model;

/// <summary>Section 1 of the programme: the tasks to focus on (các công việc cần tập trung), shown as "-" items.</summary>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed class FocusTaskSection
{
    /// <summary>The heading the seed uses, without its number: "Các công việc cần tập trung cao".</summary>
    public const string DefaultHeading = "Các công việc cần tập trung cao";

    /// <summary>Creates the section.</summary>
    /// <param name="tasks">The tasks in order; each not empty.</param>
    /// <param name="heading">The heading without its number and colon; null for <see cref="DefaultHeading"/>.</param>
    /// <exception cref="ArgumentException">A task or the heading is empty or holds characters XML cannot carry.</exception>
    /// <exception cref="ProgrammeLimitException">There are more tasks than <see cref="ProgrammeLimits.MaxFocusTasks"/>, or a text is longer than <see cref="ProgrammeLimits.MaxTextLength"/>.</exception>
    public FocusTaskSection(IEnumerable<string>? tasks, string? heading = null)
    {
        Heading = heading is null ? DefaultHeading : LimitCheck.Text(XmlSafeText.NormalizeRequired(heading, "focusTasks.heading"), "focusTasks.heading");
        Tasks = LimitCheck.Lines(
            XmlSafeText.NormalizeLines(tasks, "focusTasks.tasks", required: false), "focusTasks.tasks", ProgrammeLimits.MaxFocusTasks, nameof(ProgrammeLimits.MaxFocusTasks));
    }

    /// <summary>Gets an empty section with the default heading.</summary>
    public static FocusTaskSection Empty { get; } = new(null);

    /// <summary>Gets the heading, without its number and colon.</summary>
    public string Heading { get; }

    /// <summary>Gets the tasks in order.</summary>
    public IReadOnlyList<string> Tasks { get; }
}
