namespace WorkPlan.Documents.Rendering.ViewModel;

/// <summary>Section 1: the tasks to focus on, written as "-" items.</summary>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed class FocusTasksView
{
    internal FocusTasksView(string number, string heading, IReadOnlyList<string> tasks)
    {
        Number = number;
        Heading = heading;
        Tasks = tasks;
    }

    /// <summary>Gets the section number, "1", or "" when the programme has no focus tasks (<c>number</c>).</summary>
    public string Number { get; }

    /// <summary>Gets the heading without number and colon, "Các công việc cần tập trung cao" (<c>heading</c>).</summary>
    public string Heading { get; }

    /// <summary>Gets the heading line, "1. Các công việc cần tập trung cao:" (<c>heading_line</c>).</summary>
    public string HeadingLine => ViewText.NumberedHeading(Number, Heading);

    /// <summary>Gets the tasks in order, without their "-" marker (<c>tasks</c>).</summary>
    public IReadOnlyList<string> Tasks { get; }

    /// <summary>Gets a value indicating whether there is any task; the section is left out otherwise (<c>has_tasks</c>).</summary>
    public bool HasTasks => Tasks.Count > 0;
}
