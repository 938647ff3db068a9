using WorkPlan.Documents.Rendering.TemplateChecking;

namespace WorkPlan.Documents.Templates.Generator;

/// <summary>What a view-model member is to a template: a value, an object of a view type, a list of either, or a map.</summary>
internal enum ShapeKind
{
    /// <summary>A string, number, boolean or enum value.</summary>
    Value,

    /// <summary>An object of a view type (<see cref="ShapeMember.TypeName"/>).</summary>
    Object,

    /// <summary>A list of values.</summary>
    ValueList,

    /// <summary>A list of objects of a view type (<see cref="ShapeMember.TypeName"/>).</summary>
    ObjectList,

    /// <summary>A map from names to values, whose keys the view model does not fix.</summary>
    Map,
}

/// <summary>One member of a view type as templates see it: its Scriban name, its CLR name and what it holds.</summary>
/// <param name="ScriptName">The name templates use, e.g. "number_line".</param>
/// <param name="ClrName">The property's name, e.g. "NumberLine".</param>
/// <param name="Kind">What it holds.</param>
/// <param name="TypeName">The view type's name for <see cref="ShapeKind.Object"/> and <see cref="ShapeKind.ObjectList"/>; otherwise null.</param>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
internal sealed record ShapeMember(string ScriptName, string ClrName, ShapeKind Kind, string? TypeName) : IEquatable<ShapeMember>;

/// <summary>A view type and its members, in declaration order.</summary>
/// <param name="TypeName">The type's name, e.g. "HeaderView".</param>
/// <param name="Members">Its members.</param>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
internal sealed record ShapeType(string TypeName, EquatableArray<ShapeMember> Members);

/// <summary>
/// The view model as the referenced WorkPlan.Documents assembly declares it, read from the compilation's symbols and
/// kept by value, so that a compilation change that leaves the view model alone leaves the checks cached.
/// </summary>
/// <param name="RootType">The root type, "ProgrammeViewModel".</param>
/// <param name="Types">Every view type reachable from the root, root first.</param>
/// <param name="LibraryVersion">The referenced assembly's version, for messages.</param>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
internal sealed record ModelShapeDescription(string RootType, EquatableArray<ShapeType> Types, string LibraryVersion)
{
    /// <summary>The shape as the library's template checker takes it (the same names and kinds, built from the symbols).</summary>
    /// <returns>The checker's shape.</returns>
    public TemplateModelShape ToTemplateModelShape() => new(
        RootType,
        Types.Select(type => new TemplateTypeShape(
            type.TypeName,
            type.Members.Select(member => new TemplateMemberShape(member.ScriptName, Kind(member.Kind), member.TypeName)))));

    private static TemplateValueKind Kind(ShapeKind kind) => kind switch
    {
        ShapeKind.Object => TemplateValueKind.View,
        ShapeKind.ValueList => TemplateValueKind.ValueList,
        ShapeKind.ObjectList => TemplateValueKind.ViewList,
        ShapeKind.Map => TemplateValueKind.Map,
        _ => TemplateValueKind.Value,
    };
}
