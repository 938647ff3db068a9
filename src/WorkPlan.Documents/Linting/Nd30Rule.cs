using WorkPlan.Documents.Checking;

namespace WorkPlan.Documents.Linting;

/// <summary>
/// A formatting rule of Nghị định 30/2020/NĐ-CP that <see cref="Nd30Linter"/> checks in a .docx: a stable id
/// ("ND30-10") that never changes meaning, a name, the severity of its findings, the place in the decree it comes
/// from and what it requires. The rules are listed in <see cref="Nd30Rules"/> and in <see href="https://github.com/workplan-documents/WorkPlan.Documents/blob/main/docs/lint.md">docs/lint.md</see>.
/// </summary>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed class Nd30Rule
{
    internal Nd30Rule(string id, string name, FindingSeverity severity, string decreeReference, string description)
    {
        Id = id;
        Name = name;
        Severity = severity;
        DecreeReference = decreeReference;
        Description = description;
    }

    /// <summary>Gets the stable id, e.g. "ND30-10".</summary>
    public string Id { get; }

    /// <summary>Gets the name, e.g. "NationalName".</summary>
    public string Name { get; }

    /// <summary>Gets the severity of the rule's findings.</summary>
    public FindingSeverity Severity { get; }

    /// <summary>Gets where in the decree the rule comes from, e.g. "Phụ lục I, Phần I, mục II.1.a".</summary>
    public string DecreeReference { get; }

    /// <summary>Gets what the rule requires, in one sentence.</summary>
    public string Description { get; }

    /// <summary>Returns "ND30-10 NationalName".</summary>
    /// <returns>The id and name.</returns>
    public override string ToString() => Id + " " + Name;
}
