using System.Collections;
using System.Reflection;
using Microsoft.CodeAnalysis;
using WorkPlan.Documents.Rendering.ViewModel;
using WorkPlan.Documents.Templates.Generator.Tests.Infrastructure;

namespace WorkPlan.Documents.Templates.Generator.Tests;

/// <summary>The view model read from the compilation's symbols is the view model the running library has.</summary>
public class ModelShapeReaderTests
{
    [Fact]
    public void Shape_from_symbols_equals_the_shape_by_reflection_of_the_loaded_library()
    {
        ModelShapeDescription? fromSymbols = ModelShapeReader.Read(GeneratorHarness.Compilation(), CancellationToken.None);

        Assert.NotNull(fromSymbols);
        Assert.Equal(Describe(ByReflection()), Describe(fromSymbols.Types));
        Assert.Equal(typeof(ProgrammeViewModel).Assembly.GetName().Version!.ToString(), fromSymbols.LibraryVersion);
    }

    [Fact]
    public void Shape_names_members_as_the_engine_does()
    {
        ModelShapeDescription shape = ModelShapeReader.Read(GeneratorHarness.Compilation(), CancellationToken.None)!;

        ShapeType header = Assert.Single(shape.Types, t => t.TypeName == nameof(HeaderView));
        Assert.Contains(header.Members, m => m.ScriptName == "number_line" && m.Kind == ShapeKind.Value);
        ShapeType root = shape.Types[0];
        Assert.Equal(nameof(ProgrammeViewModel), root.TypeName);
        Assert.Contains(root.Members, m => m.ScriptName == "lang");
        Assert.Contains(root.Members, m => m.ScriptName == "schedule" && m.Kind == ShapeKind.Object && m.TypeName == nameof(ScheduleView));
        ShapeType entry = Assert.Single(shape.Types, t => t.TypeName == nameof(EntryView));
        Assert.Contains(entry.Members, m => m.ScriptName == "fields" && m.Kind == ShapeKind.Map);
    }

    [Fact]
    public void A_compilation_without_the_library_has_no_shape()
    {
        Compilation bare = Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create("Bare");

        Assert.Null(ModelShapeReader.Read(bare, CancellationToken.None));
    }

    private static List<string> Describe(IEnumerable<ShapeType> types) =>
        [.. types.SelectMany(t => t.Members.Select(m => $"{t.TypeName}.{m.ScriptName} ({m.ClrName}): {m.Kind} {m.TypeName}")).Order(StringComparer.Ordinal)];

    // The same walk over System.Reflection: public instance properties of the view types in the view model's namespace.
    private static List<ShapeType> ByReflection()
    {
        var types = new List<ShapeType>();
        var pending = new Queue<Type>([typeof(ProgrammeViewModel)]);
        var seen = new HashSet<Type> { typeof(ProgrammeViewModel) };
        while (pending.Count > 0)
        {
            Type type = pending.Dequeue();
            var members = new List<ShapeMember>();
            foreach (PropertyInfo property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
            {
                Type t = property.PropertyType;
                (ShapeKind kind, Type? view) = IsView(t) ? (ShapeKind.Object, t)
                    : t == typeof(string) || t.IsValueType ? (ShapeKind.Value, null)
                    : t.IsGenericType && t.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>) ? (ShapeKind.Map, null)
                    : t.IsGenericType && typeof(IEnumerable).IsAssignableFrom(t) && IsView(t.GetGenericArguments()[0]) ? (ShapeKind.ObjectList, t.GetGenericArguments()[0])
                    : t.IsGenericType && typeof(IEnumerable).IsAssignableFrom(t) ? (ShapeKind.ValueList, (Type?)null)
                    : (ShapeKind.Value, null);
                if (view is not null && seen.Add(view))
                {
                    pending.Enqueue(view);
                }

                members.Add(new ShapeMember(ScriptNames.Of(type.Name, property.Name), property.Name, kind, view?.Name));
            }

            types.Add(new ShapeType(type.Name, new EquatableArray<ShapeMember>([.. members])));
        }

        return types;
    }

    private static bool IsView(Type type) => type.IsClass && type.Namespace == typeof(ProgrammeViewModel).Namespace;
}
