using WorkPlan.Documents.Utility;

namespace WorkPlan.Documents.Rendering.TemplateChecking;

/// <summary>One member of a view type as templates see it: its Scriban name and what it holds.</summary>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed class TemplateMemberShape : IEquatable<TemplateMemberShape>
{
    /// <summary>Creates a member.</summary>
    /// <param name="name">The name templates use (Scriban's snake_case of the property), e.g. <c>signer_name</c>.</param>
    /// <param name="kind">What it holds.</param>
    /// <param name="typeName">The view type's name for <see cref="TemplateValueKind.View"/> and <see cref="TemplateValueKind.ViewList"/>; null otherwise.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException">The name is empty, or the type name is missing for an object kind or given for another.</exception>
    public TemplateMemberShape(string name, TemplateValueKind kind, string? typeName)
    {
        Preconditions.NotNull(name, nameof(name));
        if (name.Length == 0)
        {
            throw new ArgumentException("name: a member needs a name.", nameof(name));
        }

        bool needsType = kind is TemplateValueKind.View or TemplateValueKind.ViewList;
        if (needsType != (typeName is not null))
        {
            throw new ArgumentException(
                needsType ? $"typeName: member \"{name}\" is {kind} and needs its view type's name." : $"typeName: member \"{name}\" is {kind} and has no view type.",
                nameof(typeName));
        }

        Name = name;
        Kind = kind;
        TypeName = typeName;
    }

    /// <summary>Gets the name templates use, e.g. <c>signer_name</c>.</summary>
    public string Name { get; }

    /// <summary>Gets what the member holds.</summary>
    public TemplateValueKind Kind { get; }

    /// <summary>Gets the view type of an object or of a list's elements; null for values and maps.</summary>
    public string? TypeName { get; }

    /// <inheritdoc/>
    public bool Equals(TemplateMemberShape? other) =>
        other is not null && Name == other.Name && Kind == other.Kind && TypeName == other.TypeName;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as TemplateMemberShape);

    /// <inheritdoc/>
    public override int GetHashCode() => (StringComparer.Ordinal.GetHashCode(Name) * 31) + (int)Kind;

    /// <inheritdoc/>
    public override string ToString() => TypeName is null ? Name + ": " + Kind : Name + ": " + Kind + " of " + TypeName;
}
