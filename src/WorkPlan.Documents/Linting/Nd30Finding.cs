using WorkPlan.Documents.Checking;

namespace WorkPlan.Documents.Linting;

/// <summary>
/// One thing <see cref="Nd30Linter"/> found: which rule (and where in Nghị định 30 it comes from), where in the
/// file, what was found and what the decree requires.
/// </summary>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed class Nd30Finding
{
    internal Nd30Finding(Nd30Rule rule, DocxLocation location, string element, string found, string required)
    {
        Rule = rule;
        Location = location;
        Element = element;
        Found = found;
        Required = required;
    }

    /// <summary>Gets the rule.</summary>
    public Nd30Rule Rule { get; }

    /// <summary>Gets the rule's stable id, e.g. "ND30-10".</summary>
    public string RuleId => Rule.Id;

    /// <summary>Gets the severity.</summary>
    public FindingSeverity Severity => Rule.Severity;

    /// <summary>Gets where in the decree the rule comes from, e.g. "Phụ lục I, Phần I, mục II.1.a".</summary>
    public string DecreeReference => Rule.DecreeReference;

    /// <summary>Gets where in the file the finding points.</summary>
    public DocxLocation Location { get; }

    /// <summary>Gets the element of the document concerned, e.g. "Quốc hiệu", "Nơi nhận", "page margins".</summary>
    public string Element { get; }

    /// <summary>Gets what was found, e.g. "12 pt, not bold".</summary>
    public string Found { get; }

    /// <summary>Gets what the decree requires, e.g. "12–13 pt, bold, upright, capitals".</summary>
    public string Required { get; }

    /// <summary>Gets the finding in one sentence: the element, what was found and what is required.</summary>
    public string Message => $"{Element}: {Found}; required: {Required} ({DecreeReference}).";

    /// <summary>Returns "ND30-10 error at document ¶3 "…": Quốc hiệu: 14 pt; required: …".</summary>
    /// <returns>The finding on one line.</returns>
    public override string ToString() => $"{RuleId} {Severity.ToString().ToLowerInvariant()} at {Location}: {Message}";
}
