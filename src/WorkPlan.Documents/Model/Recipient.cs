using WorkPlan.Documents.Text;

namespace WorkPlan.Documents.Model;

/// <summary>A line of the "Nơi nhận" block: who receives the document and, optionally, why ("để báo cáo").</summary>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed class Recipient
{
    /// <summary>Creates a recipient line.</summary>
    /// <param name="name">Who receives it, e.g. "UBND tỉnh".</param>
    /// <param name="purpose">Why, e.g. "để báo cáo"; rendered in parentheses. Null for none.</param>
    /// <exception cref="ArgumentException">The name is empty or a text holds characters XML cannot carry.</exception>
    /// <exception cref="ProgrammeLimitException">A text is longer than <see cref="ProgrammeLimits.MaxTextLength"/>.</exception>
    public Recipient(string name, string? purpose = null)
    {
        Name = LimitCheck.Text(XmlSafeText.NormalizeRequired(name, "recipient.name"), "recipient.name");
        Purpose = LimitCheck.Text(XmlSafeText.NormalizeOptional(purpose, "recipient.purpose"), "recipient.purpose");
    }

    /// <summary>Gets who receives the document.</summary>
    public string Name { get; }

    /// <summary>Gets why they receive it, or null.</summary>
    public string? Purpose { get; }
}
