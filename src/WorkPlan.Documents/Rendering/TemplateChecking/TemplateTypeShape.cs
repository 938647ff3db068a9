using WorkPlan.Documents.Utility;

namespace WorkPlan.Documents.Rendering.TemplateChecking;

/// <summary>A view type as templates see it: its name and its members.</summary>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed class TemplateTypeShape : IEquatable<TemplateTypeShape>
{
    private readonly Dictionary<string, TemplateMemberShape> byName;

    /// <summary>Creates a type.</summary>
    /// <param name="name">The view type's name, e.g. <c>SignatureView</c>.</param>
    /// <param name="members">Its members (order does not matter: they are kept sorted by name).</param>
    /// <exception cref="ArgumentNullException">An argument or a member is null.</exception>
    /// <exception cref="ArgumentException">Two members have the same name.</exception>
    public TemplateTypeShape(string name, IEnumerable<TemplateMemberShape> members)
    {
        Name = Preconditions.NotNull(name, nameof(name));
        IReadOnlyList<TemplateMemberShape> list = Preconditions.Items(Preconditions.NotNull(members, nameof(members)), nameof(members));
        byName = new Dictionary<string, TemplateMemberShape>(StringComparer.Ordinal);
        foreach (TemplateMemberShape member in list)
        {
            if (byName.ContainsKey(member.Name))
            {
                throw new ArgumentException($"members: type \"{name}\" has two members named \"{member.Name}\".", nameof(members));
            }

            byName.Add(member.Name, member);
        }

        Members = list.OrderBy(m => m.Name, StringComparer.Ordinal).ToList().AsReadOnly();
    }

    /// <summary>Gets the view type's name.</summary>
    public string Name { get; }

    /// <summary>Gets the members, sorted by name (ordinal).</summary>
    public IReadOnlyList<TemplateMemberShape> Members { get; }

    /// <summary>Finds a member by its template name.</summary>
    /// <param name="name">The name, e.g. <c>signer_name</c>.</param>
    /// <returns>The member, or null when the type has none of that name.</returns>
    public TemplateMemberShape? Find(string name) => name is not null && byName.TryGetValue(name, out TemplateMemberShape? member) ? member : null;

    /// <inheritdoc/>
    public bool Equals(TemplateTypeShape? other) =>
        other is not null && Name == other.Name && Members.SequenceEqual(other.Members);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as TemplateTypeShape);

    /// <inheritdoc/>
    public override int GetHashCode() => (StringComparer.Ordinal.GetHashCode(Name) * 31) + Members.Count;

    /// <inheritdoc/>
    public override string ToString() => Name + " { " + string.Join(", ", Members) + " }";
}
