using System.Reflection;
using System.Xml.Linq;
using WorkPlan.Documents.Model;
using WorkPlan.Documents.Templates;

namespace WorkPlan.Documents.Tests.Architecture;

/// <summary>
/// Keeps the public surface deliberate: every public type of the shipped assemblies has a public use — it is an entry
/// point (a static class a caller calls), or another public type takes or returns it, or (an exception) a public
/// member documents that it throws it. A type that only refers to itself (e.g. a parser whose result no public API
/// accepts) is surface without a use, and fails here with its name.
/// </summary>
public class PublicSurfaceTests
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance
        | BindingFlags.Static | BindingFlags.DeclaredOnly;

    public static TheoryData<string> ShippedAssemblies() => new()
    {
        typeof(WorkProgramme).Assembly.GetName().Name!,
        typeof(Nd30Templates).Assembly.GetName().Name!,
    };

    [Theory]
    [MemberData(nameof(ShippedAssemblies))]
    public void Every_public_type_has_a_public_use(string assemblyName)
    {
        Assembly[] shipped = [typeof(WorkProgramme).Assembly, typeof(Nd30Templates).Assembly];
        Assembly assembly = shipped.Single(a => a.GetName().Name == assemblyName);
        HashSet<Type> used = UsedTypes(shipped);
        HashSet<string> thrown = DocumentedExceptions(shipped);

        List<string> unused = assembly.GetExportedTypes()
            .Where(t => !IsEntryPoint(t) && !used.Contains(t) && !ImplementsUsedAbstraction(t, used) && !thrown.Contains(t.FullName!))
            .Select(t => t.FullName!)
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(
            unused.Count == 0,
            "Public types with no public use (make them internal, or give them a use in another public type's "
            + "signature):" + Environment.NewLine + string.Join(Environment.NewLine, unused));
    }

    [Fact]
    public void A_type_used_only_by_itself_is_reported()
    {
        // The rule's own check: StyleSheet-like shape (a static factory returning itself) is not a use.
        HashSet<Type> used = UsedTypes([typeof(PublicSurfaceTests).Assembly]);

        Assert.DoesNotContain(typeof(SelfReferencingSample), used);
        Assert.Contains(typeof(ReferencedSample), used);
        Assert.True(ImplementsUsedAbstraction(typeof(WeekendDayClassifier), UsedTypes([typeof(WorkProgramme).Assembly])));
    }

    private static bool IsEntryPoint(Type type) => type.IsAbstract && type.IsSealed; // a static class

    // An implementation of an interface or abstract class that public members accept is used through it
    // (WeekendDayClassifier.Instance passed where an IDayClassifier is taken).
    private static bool ImplementsUsedAbstraction(Type type, HashSet<Type> used) =>
        type.GetInterfaces().Any(used.Contains)
        || (type.BaseType is { IsAbstract: true } abstraction && used.Contains(abstraction));

    /// <summary>The types that appear in the public signature of a public member of another public type.</summary>
    private static HashSet<Type> UsedTypes(IEnumerable<Assembly> assemblies)
    {
        var used = new HashSet<Type>();
        foreach (Type owner in assemblies.SelectMany(a => a.GetExportedTypes()))
        {
            foreach (Type type in SignatureTypes(owner))
            {
                foreach (Type part in Flatten(type))
                {
                    if (part != owner)
                    {
                        used.Add(part);
                    }
                }
            }
        }

        return used;
    }

    private static IEnumerable<Type> SignatureTypes(Type owner)
    {
        if (owner.BaseType is not null)
        {
            yield return owner.BaseType;
        }

        foreach (Type implemented in owner.GetInterfaces())
        {
            yield return implemented;
        }

        foreach (MemberInfo member in owner.GetMembers(Declared).Where(IsVisible))
        {
            switch (member)
            {
                case PropertyInfo property:
                    yield return property.PropertyType;
                    break;
                case FieldInfo field:
                    yield return field.FieldType;
                    break;
                case EventInfo { EventHandlerType: not null } @event:
                    yield return @event.EventHandlerType;
                    break;
                case MethodBase method:
                    if (method is MethodInfo { } withReturn)
                    {
                        yield return withReturn.ReturnType;
                    }

                    foreach (ParameterInfo parameter in method.GetParameters())
                    {
                        yield return parameter.ParameterType;
                    }

                    break;
            }
        }
    }

    private static bool IsVisible(MemberInfo member) => member switch
    {
        PropertyInfo p => (p.GetMethod ?? p.SetMethod) is { } accessor && IsVisible(accessor),
        FieldInfo f => f.IsPublic || f.IsFamily || f.IsFamilyOrAssembly,
        EventInfo e => e.AddMethod is { } add && IsVisible(add),
        MethodBase m => m.IsPublic || m.IsFamily || m.IsFamilyOrAssembly,
        _ => false,
    };

    private static IEnumerable<Type> Flatten(Type type)
    {
        if (type.HasElementType)
        {
            foreach (Type inner in Flatten(type.GetElementType()!))
            {
                yield return inner;
            }

            yield break;
        }

        if (type.IsGenericType)
        {
            foreach (Type argument in type.GetGenericArguments().SelectMany(Flatten))
            {
                yield return argument;
            }

            yield return type.GetGenericTypeDefinition();
            yield break;
        }

        yield return type;
    }

    /// <summary>The exception types named in an <c>&lt;exception cref&gt;</c> of a documented public member.</summary>
    private static HashSet<string> DocumentedExceptions(IEnumerable<Assembly> assemblies)
    {
        var thrown = new HashSet<string>(StringComparer.Ordinal);
        foreach (Assembly assembly in assemblies)
        {
            string docs = Path.ChangeExtension(assembly.Location, ".xml");
            Assert.True(File.Exists(docs), $"The XML documentation of {assembly.GetName().Name} is missing at {docs}.");
            foreach (XElement exception in XDocument.Load(docs).Descendants("exception"))
            {
                if (((string?)exception.Attribute("cref")) is { } cref && cref.StartsWith("T:", StringComparison.Ordinal))
                {
                    thrown.Add(cref[2..]);
                }
            }
        }

        return thrown;
    }
}

/// <summary>A sample for the rule's own test: its only use is its own factory.</summary>
public sealed class SelfReferencingSample
{
    private SelfReferencingSample()
    {
    }

    /// <summary>Makes one.</summary>
    /// <returns>A sample.</returns>
    public static SelfReferencingSample Create() => new();
}

/// <summary>A sample for the rule's own test: another public type returns it.</summary>
public sealed class ReferencedSample
{
    /// <summary>Gets a referenced sample.</summary>
    public static ReferencedSample Instance { get; } = new();
}

/// <summary>A sample for the rule's own test: it refers to <see cref="ReferencedSample"/>.</summary>
public static class ReferencingSample
{
    /// <summary>Returns the sample.</summary>
    /// <returns>The sample.</returns>
    public static ReferencedSample Get() => ReferencedSample.Instance;
}
