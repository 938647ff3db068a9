namespace WorkPlan.Documents.Checking;

/// <summary>
/// A rule of the checker: a stable id ("WP002") that never changes meaning, a name, the severity of its findings
/// and what it checks. The rules are listed in <see cref="CheckRules"/> and in <see href="https://github.com/workplan-documents/WorkPlan.Documents/blob/main/docs/import-and-check.md">docs/import-and-check.md</see>.
/// </summary>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed class CheckRule
{
    internal CheckRule(string id, string name, FindingSeverity severity, string description)
    {
        Id = id;
        Name = name;
        Severity = severity;
        Description = description;
    }

    /// <summary>Gets the stable id, e.g. "WP002".</summary>
    public string Id { get; }

    /// <summary>Gets the name, e.g. "LeaderDoubleBooked".</summary>
    public string Name { get; }

    /// <summary>Gets the severity of the rule's findings.</summary>
    public FindingSeverity Severity { get; }

    /// <summary>Gets what the rule checks, in one sentence.</summary>
    public string Description { get; }

    /// <summary>Returns "WP002 LeaderDoubleBooked".</summary>
    /// <returns>The id and name.</returns>
    public override string ToString() => Id + " " + Name;
}
