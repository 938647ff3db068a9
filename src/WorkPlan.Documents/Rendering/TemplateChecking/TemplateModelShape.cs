using System.Reflection;
using Scriban.Runtime;
using WorkPlan.Documents.Rendering.ViewModel;
using WorkPlan.Documents.Utility;

namespace WorkPlan.Documents.Rendering.TemplateChecking;

/// <summary>
/// The names a template may use: the globals (the members of the root view type, <c>ProgrammeViewModel</c>) and, for
/// every view type reachable from it, its members and what they hold, named as the template engine exposes them
/// (<c>signer_name</c>). <see cref="FromViewModel"/> reads it from this library's view model; the source generator
/// builds the same shape from the Roslyn symbols of the library a project references, with the public constructor.
/// </summary>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed class TemplateModelShape : IEquatable<TemplateModelShape>
{
    private static readonly Lazy<TemplateModelShape> ViewModelShape = new(ReadViewModel);
    private readonly Dictionary<string, TemplateTypeShape> byName;

    /// <summary>Creates a shape.</summary>
    /// <param name="rootTypeName">The root view type's name (its members are the templates' globals), e.g. <c>ProgrammeViewModel</c>.</param>
    /// <param name="types">Every view type, the root included (order does not matter: kept sorted by name).</param>
    /// <exception cref="ArgumentNullException">An argument or a type is null.</exception>
    /// <exception cref="ArgumentException">Two types have the same name, the root is missing, or a member names a type the shape lacks.</exception>
    public TemplateModelShape(string rootTypeName, IEnumerable<TemplateTypeShape> types)
    {
        RootTypeName = Preconditions.NotNull(rootTypeName, nameof(rootTypeName));
        IReadOnlyList<TemplateTypeShape> list = Preconditions.Items(Preconditions.NotNull(types, nameof(types)), nameof(types));
        byName = new Dictionary<string, TemplateTypeShape>(StringComparer.Ordinal);
        foreach (TemplateTypeShape type in list)
        {
            if (byName.ContainsKey(type.Name))
            {
                throw new ArgumentException($"types: two types are named \"{type.Name}\".", nameof(types));
            }

            byName.Add(type.Name, type);
        }

        if (!byName.TryGetValue(rootTypeName, out TemplateTypeShape? root))
        {
            throw new ArgumentException($"types: the root type \"{rootTypeName}\" is not among the types.", nameof(types));
        }

        foreach (TemplateTypeShape type in list)
        {
            foreach (TemplateMemberShape member in type.Members)
            {
                if (member.TypeName is not null && !byName.ContainsKey(member.TypeName))
                {
                    throw new ArgumentException($"types: {type.Name}.{member.Name} is of type \"{member.TypeName}\", which is not among the types.", nameof(types));
                }
            }
        }

        Root = root;
        Types = list.OrderBy(t => t.Name, StringComparer.Ordinal).ToList().AsReadOnly();
    }

    /// <summary>Gets the root view type's name.</summary>
    public string RootTypeName { get; }

    /// <summary>Gets the root type: its members are the names a template can use at the top level.</summary>
    public TemplateTypeShape Root { get; }

    /// <summary>Gets every view type, sorted by name (ordinal).</summary>
    public IReadOnlyList<TemplateTypeShape> Types { get; }

    /// <summary>
    /// Gets the shape of this library's view model (<see cref="ProgrammeViewModel"/> and the view types reachable from
    /// it), read by reflection once and named as the template engine names members (Scriban's snake_case).
    /// </summary>
    /// <returns>The shape; the same instance on every call.</returns>
    public static TemplateModelShape FromViewModel() => ViewModelShape.Value;

    /// <summary>Finds a view type by name.</summary>
    /// <param name="typeName">The type's name.</param>
    /// <returns>The type, or null when the shape has none of that name.</returns>
    public TemplateTypeShape? FindType(string? typeName) => typeName is not null && byName.TryGetValue(typeName, out TemplateTypeShape? type) ? type : null;

    /// <inheritdoc/>
    public bool Equals(TemplateModelShape? other) =>
        other is not null && RootTypeName == other.RootTypeName && Types.SequenceEqual(other.Types);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as TemplateModelShape);

    /// <inheritdoc/>
    public override int GetHashCode() => (StringComparer.Ordinal.GetHashCode(RootTypeName) * 31) + Types.Count;

    /// <inheritdoc/>
    public override string ToString() => string.Join(Environment.NewLine, Types);

    private static TemplateModelShape ReadViewModel()
    {
        // The view types listed with typeof, each read where it is named: reflection the trimmer can see (no type
        // reached only through a property's type), so the shape survives trimming and AOT. A view type added to the
        // view model without a line here fails the test that compares this shape with the engine's globals.
        const BindingFlags Flags = BindingFlags.Public | BindingFlags.Instance;
        (Type Type, PropertyInfo[] Properties)[] viewTypes =
        {
            (typeof(ProgrammeViewModel), typeof(ProgrammeViewModel).GetProperties(Flags)),
            (typeof(HeaderView), typeof(HeaderView).GetProperties(Flags)),
            (typeof(FocusTasksView), typeof(FocusTasksView).GetProperties(Flags)),
            (typeof(ScheduleView), typeof(ScheduleView).GetProperties(Flags)),
            (typeof(ColumnView), typeof(ColumnView).GetProperties(Flags)),
            (typeof(DayView), typeof(DayView).GetProperties(Flags)),
            (typeof(RowView), typeof(RowView).GetProperties(Flags)),
            (typeof(CellView), typeof(CellView).GetProperties(Flags)),
            (typeof(EntryView), typeof(EntryView).GetProperties(Flags)),
            (typeof(AnnexView), typeof(AnnexView).GetProperties(Flags)),
            (typeof(SignatureView), typeof(SignatureView).GetProperties(Flags)),
            (typeof(RecipientsView), typeof(RecipientsView).GetProperties(Flags)),
        };

        string viewNamespace = typeof(ProgrammeViewModel).Namespace!;
        var types = new List<TemplateTypeShape>();
        foreach ((Type type, PropertyInfo[] properties) in viewTypes)
        {
            var members = new List<TemplateMemberShape>();
            foreach (PropertyInfo property in properties)
            {
                if (property.GetIndexParameters().Length > 0 || property.GetMethod is null)
                {
                    continue;
                }

                (TemplateValueKind kind, Type? viewType) = Classify(property.PropertyType, viewNamespace);
                members.Add(new TemplateMemberShape(StandardMemberRenamer.Rename(property.Name), kind, viewType?.Name));
            }

            types.Add(new TemplateTypeShape(type.Name, members));
        }

        return new TemplateModelShape(typeof(ProgrammeViewModel).Name, types);
    }

    private static (TemplateValueKind Kind, Type? ViewType) Classify(Type type, string viewNamespace)
    {
        if (IsViewType(type, viewNamespace))
        {
            return (TemplateValueKind.View, type);
        }

        if (type == typeof(string) || type.IsValueType)
        {
            return (TemplateValueKind.Value, null);
        }

        if (type.IsGenericType)
        {
            Type definition = type.GetGenericTypeDefinition();
            Type[] arguments = type.GetGenericArguments();
            if (definition == typeof(IReadOnlyDictionary<,>) || definition == typeof(IDictionary<,>) || definition == typeof(Dictionary<,>))
            {
                return (TemplateValueKind.Map, null);
            }

            if (arguments.Length == 1
                && (definition == typeof(IReadOnlyList<>) || definition == typeof(IReadOnlyCollection<>) || definition == typeof(IEnumerable<>)
                    || definition == typeof(IList<>) || definition == typeof(List<>) || definition == typeof(ICollection<>)))
            {
                return IsViewType(arguments[0], viewNamespace) ? (TemplateValueKind.ViewList, arguments[0]) : (TemplateValueKind.ValueList, null);
            }
        }

        return (TemplateValueKind.Value, null);
    }

    private static bool IsViewType(Type type, string viewNamespace) =>
        type.IsClass && type != typeof(string) && string.Equals(type.Namespace, viewNamespace, StringComparison.Ordinal);
}
