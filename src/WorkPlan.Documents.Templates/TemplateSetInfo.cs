namespace WorkPlan.Documents.Templates;

/// <summary>Describes the default template set shipped in this package.</summary>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
public static class TemplateSetInfo
{
    /// <summary>The version of the view model the default templates are written against (the template authors' API).</summary>
    public const int ViewModelVersion = 1;
}
