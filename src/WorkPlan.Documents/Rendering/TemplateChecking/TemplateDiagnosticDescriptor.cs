using WorkPlan.Documents.Utility;

namespace WorkPlan.Documents.Rendering.TemplateChecking;

/// <summary>
/// One kind of template diagnostic: its stable id (<c>WPT0001</c>…), title, default severity and help link. The
/// source generator maps each descriptor one to one onto a Roslyn <c>DiagnosticDescriptor</c>, so ids never change
/// meaning once shipped.
/// </summary>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed class TemplateDiagnosticDescriptor
{
    /// <summary>The documentation page every help link points into (an anchor per id).</summary>
    public const string HelpBase = "https://github.com/workplan-documents/WorkPlan.Documents/blob/main/docs/diagnostics.md#";

    /// <summary>Creates a descriptor.</summary>
    /// <param name="id">The stable id, <c>WPT</c> and four digits.</param>
    /// <param name="title">A short title (the generator's DiagnosticDescriptor title).</param>
    /// <param name="defaultSeverity">The severity a diagnostic of this kind has.</param>
    /// <exception cref="ArgumentException">The id is not <c>WPT</c> and four digits, or the title is blank.</exception>
    public TemplateDiagnosticDescriptor(string id, string title, TemplateDiagnosticSeverity defaultSeverity)
    {
        Preconditions.NotNull(id, nameof(id));
        Preconditions.NotNull(title, nameof(title));
        if (id.Length != 7 || !id.StartsWith("WPT", StringComparison.Ordinal) || !id.Skip(3).All(c => c is >= '0' and <= '9'))
        {
            throw new ArgumentException($"id: \"{id}\" is not WPT and four digits (e.g. WPT0001).", nameof(id));
        }

        if (string.IsNullOrWhiteSpace(title))
        {
            throw new ArgumentException("title: a descriptor needs a title.", nameof(title));
        }

        Id = id;
        Title = title;
        DefaultSeverity = defaultSeverity;
        HelpLink = HelpBase + id.ToLowerInvariant();
    }

    /// <summary>Gets the stable id, e.g. <c>WPT0003</c>.</summary>
    public string Id { get; }

    /// <summary>Gets the short title.</summary>
    public string Title { get; }

    /// <summary>Gets the severity diagnostics of this kind have.</summary>
    public TemplateDiagnosticSeverity DefaultSeverity { get; }

    /// <summary>Gets the help link: <see href="https://github.com/workplan-documents/WorkPlan.Documents/blob/main/docs/diagnostics.md">docs/diagnostics.md</see> at the id's anchor, in the project's repository.</summary>
    public string HelpLink { get; }

    /// <inheritdoc/>
    public override string ToString() => Id + ": " + Title;
}
