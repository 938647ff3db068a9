using System.Collections;
using System.Reflection;
using WorkPlan.Documents.Model;
using WorkPlan.Documents.Templates;

namespace WorkPlan.Documents.Tests.Architecture;

/// <summary>
/// Guards against the static-initialisation-order hazard: a static built by the type initialiser (<c>Empty</c>,
/// <c>Default</c>, <c>Instance</c>) through a constructor or method that reads another static of the same type declared
/// further down sees that one still null. <c>RecipientList.Empty</c> did (its archive was null, so <c>import</c> and
/// <c>render</c> failed on every programme without recipients). The test reads every static of the shipped assemblies
/// and every property of the values they hold, and asserts that nothing declared non-nullable is null.
/// </summary>
public class StaticInitialisationTests
{
    private const BindingFlags Statics = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.DeclaredOnly;
    private const BindingFlags Instances = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance;

    public static TheoryData<string> ShippedAssemblies() => new()
    {
        typeof(WorkProgramme).Assembly.GetName().Name!,
        typeof(Nd30Templates).Assembly.GetName().Name!,
    };

    [Theory]
    [MemberData(nameof(ShippedAssemblies))]
    public void Every_static_value_is_fully_initialised_whatever_the_declaration_order(string assemblyName)
    {
        Assembly assembly = new[] { typeof(WorkProgramme).Assembly, typeof(Nd30Templates).Assembly }.Single(a => a.GetName().Name == assemblyName);
        var nullability = new NullabilityInfoContext();
        var problems = new List<string>();
        int read = 0;

        foreach (Type type in assembly.GetTypes().Where(t => !t.ContainsGenericParameters && !t.Name.Contains('<', StringComparison.Ordinal)))
        {
            foreach (MemberInfo member in StaticMembers(type))
            {
                read++;
                string name = type.FullName + "." + member.Name;
                (object? value, NullabilityInfo info) = member switch
                {
                    PropertyInfo property => (property.GetValue(null), nullability.Create(property)),
                    _ => (((FieldInfo)member).GetValue(null), nullability.Create((FieldInfo)member)),
                };
                CheckValue(name, value, info, nullability, problems, depth: 0);
            }
        }

        Assert.True(read > 0, "No static was read.");
        Assert.True(problems.Count == 0, "Statics holding null where non-nullable:" + Environment.NewLine + string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void The_test_sees_a_value_whose_non_nullable_property_is_null()
    {
        var nullability = new NullabilityInfoContext();
        var problems = new List<string>();

        CheckValue("HalfBuilt.Empty", HalfBuilt.Empty, nullability.Create(typeof(HalfBuilt).GetProperty(nameof(HalfBuilt.Empty))!), nullability, problems, depth: 0);

        Assert.Equal(["HalfBuilt.Empty.Archive is null"], problems);
    }

    private static IEnumerable<MemberInfo> StaticMembers(Type type)
    {
        foreach (PropertyInfo property in type.GetProperties(Statics))
        {
            if (property.GetMethod is not null && property.GetIndexParameters().Length == 0 && !property.PropertyType.IsByRefLike)
            {
                yield return property;
            }
        }

        foreach (FieldInfo field in type.GetFields(Statics))
        {
            if (field.IsInitOnly && !field.Name.Contains('<', StringComparison.Ordinal) && !field.FieldType.IsByRefLike)
            {
                yield return field;
            }
        }
    }

    private static void CheckValue(string name, object? value, NullabilityInfo info, NullabilityInfoContext nullability, List<string> problems, int depth)
    {
        if (value is null)
        {
            if (info.ReadState == NullabilityState.NotNull)
            {
                problems.Add(name + " is null");
            }

            return;
        }

        bool itemsNotNull = info.ElementType is { ReadState: NullabilityState.NotNull }
            || info.GenericTypeArguments is [{ ReadState: NullabilityState.NotNull }];
        if (value is IEnumerable items and not string && itemsNotNull)
        {
            int index = 0;
            foreach (object? item in items)
            {
                if (item is null)
                {
                    problems.Add($"{name}[{index}] is null");
                }

                index++;
            }
        }

        // One level down: the properties of a value of the library's own types (Empty.Archive, Default.Columns).
        Type type = value.GetType();
        if (depth > 0 || type.IsEnum || type.IsPrimitive || !IsShipped(type))
        {
            return;
        }

        foreach (PropertyInfo property in type.GetProperties(Instances))
        {
            if (property.GetMethod is null || property.GetIndexParameters().Length > 0 || property.PropertyType.IsByRefLike)
            {
                continue;
            }

            object? propertyValue;
            try
            {
                propertyValue = property.GetValue(value);
            }
            catch (TargetInvocationException ex) when (ex.InnerException is InvalidOperationException or NotSupportedException)
            {
                continue; // A property that does not apply to this value says so; it holds nothing to check.
            }

            CheckValue(name + "." + property.Name, propertyValue, nullability.Create(property), nullability, problems, depth + 1);
        }
    }

    private static bool IsShipped(Type type) =>
        type.Assembly == typeof(WorkProgramme).Assembly || type.Assembly == typeof(Nd30Templates).Assembly || type == typeof(HalfBuilt);

    /// <summary>What <c>RecipientList.Empty</c> was: built before the static its constructor reads.</summary>
    private sealed class HalfBuilt
    {
        private HalfBuilt()
        {
            Archive = DefaultArchive;
        }

        public static HalfBuilt Empty { get; } = new();

        public string Archive { get; }

        private static string DefaultArchive { get; } = "VT";
    }
}
