namespace WorkPlan.Documents.Rendering.TemplateChecking;

/// <summary>Which layer of a template set a checked file comes from.</summary>
internal enum TemplateFileLayer
{
    /// <summary>The bottom layer: the default set the overrides are layered on.</summary>
    Default = 0,

    /// <summary>A file layered on top (a folder of overrides, in-memory overrides): it replaces the default file of the same name.</summary>
    Override = 1,
}
