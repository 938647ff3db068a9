namespace WorkPlan.Documents.Checking;

/// <summary>
/// One thing the checker found: which rule, how serious, where (and the other places involved), what is wrong and
/// how to fix it.
/// </summary>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed class Finding
{
    internal Finding(CheckRule rule, ProgrammeLocation location, string message, string? suggestedFix, IReadOnlyList<ProgrammeLocation>? related = null)
    {
        Rule = rule;
        Location = location;
        Message = message;
        SuggestedFix = suggestedFix;
        RelatedLocations = related ?? Array.Empty<ProgrammeLocation>();
    }

    /// <summary>Gets the rule.</summary>
    public CheckRule Rule { get; }

    /// <summary>Gets the rule's stable id, e.g. "WP002".</summary>
    public string RuleId => Rule.Id;

    /// <summary>Gets the severity.</summary>
    public FindingSeverity Severity => Rule.Severity;

    /// <summary>Gets where the finding points (the first place involved).</summary>
    public ProgrammeLocation Location { get; }

    /// <summary>Gets the other places involved (the other entry of a double booking, the other occurrences of a spelling).</summary>
    public IReadOnlyList<ProgrammeLocation> RelatedLocations { get; }

    /// <summary>Gets what is wrong, in English, quoting the programme's Vietnamese text.</summary>
    public string Message { get; }

    /// <summary>Gets how to fix it, or null when the finding may well be intended.</summary>
    public string? SuggestedFix { get; }

    /// <summary>Returns "WP002 warning at 2021-05-06 Morning #3: …".</summary>
    /// <returns>The finding on one line.</returns>
    public override string ToString() =>
        $"{RuleId} {Severity.ToString().ToLowerInvariant()} at {Location}: {Message}" + (SuggestedFix is null ? string.Empty : " Fix: " + SuggestedFix);
}
