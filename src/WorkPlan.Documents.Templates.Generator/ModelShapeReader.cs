using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace WorkPlan.Documents.Templates.Generator;

/// <summary>
/// Reads the view model from the symbols of the WorkPlan.Documents assembly a compilation references: the public
/// instance properties of <c>ProgrammeViewModel</c> and of every view type reachable from it, named as the
/// template engine names them. So the check follows the referenced library's version, not a copied list.
/// </summary>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
internal static class ModelShapeReader
{
    /// <summary>The root view type's metadata name.</summary>
    public const string RootMetadataName = "WorkPlan.Documents.Rendering.ViewModel.ProgrammeViewModel";

    /// <summary>Reads the shape; null when the compilation does not reference WorkPlan.Documents.</summary>
    public static ModelShapeDescription? Read(Compilation compilation, CancellationToken cancellationToken)
    {
        INamedTypeSymbol? root = compilation.GetTypeByMetadataName(RootMetadataName);
        if (root is null)
        {
            return null;
        }

        INamespaceSymbol viewNamespace = root.ContainingNamespace;
        var types = ImmutableArray.CreateBuilder<ShapeType>();
        var seen = new HashSet<string>(StringComparer.Ordinal) { root.Name };
        var pending = new Queue<INamedTypeSymbol>();
        pending.Enqueue(root);
        while (pending.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            INamedTypeSymbol type = pending.Dequeue();
            var members = ImmutableArray.CreateBuilder<ShapeMember>();
            foreach (IPropertySymbol property in type.GetMembers().OfType<IPropertySymbol>())
            {
                if (property.IsStatic || property.IsIndexer || property.DeclaredAccessibility != Accessibility.Public || property.GetMethod is null)
                {
                    continue;
                }

                (ShapeKind kind, INamedTypeSymbol? viewType) = Classify(property.Type, viewNamespace);
                if (viewType is not null && seen.Add(viewType.Name))
                {
                    pending.Enqueue(viewType);
                }

                members.Add(new ShapeMember(ScriptNames.Of(type.Name, property.Name), property.Name, kind, viewType?.Name));
            }

            types.Add(new ShapeType(type.Name, new EquatableArray<ShapeMember>(members.ToImmutable())));
        }

        return new ModelShapeDescription(root.Name, new EquatableArray<ShapeType>(types.ToImmutable()), root.ContainingAssembly.Identity.Version.ToString());
    }

    private static (ShapeKind Kind, INamedTypeSymbol? ViewType) Classify(ITypeSymbol type, INamespaceSymbol viewNamespace)
    {
        if (type is INamedTypeSymbol named && IsViewType(named, viewNamespace))
        {
            return (ShapeKind.Object, named);
        }

        if (type.SpecialType == SpecialType.System_String || type.TypeKind == TypeKind.Enum || type.IsValueType)
        {
            return (ShapeKind.Value, null);
        }

        if (type is INamedTypeSymbol { IsGenericType: true } generic)
        {
            string definition = generic.ConstructedFrom.ToDisplayString();
            if (definition.StartsWith("System.Collections.Generic.IReadOnlyDictionary<", StringComparison.Ordinal)
                || definition.StartsWith("System.Collections.Generic.IDictionary<", StringComparison.Ordinal))
            {
                return (ShapeKind.Map, null);
            }

            if (generic.TypeArguments.Length == 1)
            {
                return generic.TypeArguments[0] is INamedTypeSymbol element && IsViewType(element, viewNamespace)
                    ? (ShapeKind.ObjectList, element)
                    : (ShapeKind.ValueList, null);
            }
        }

        return (ShapeKind.Value, null);
    }

    private static bool IsViewType(INamedTypeSymbol type, INamespaceSymbol viewNamespace) =>
        type.TypeKind == TypeKind.Class && SymbolEqualityComparer.Default.Equals(type.ContainingNamespace, viewNamespace);
}
