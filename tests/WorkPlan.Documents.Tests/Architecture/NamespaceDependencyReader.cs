using Mono.Cecil;
using Mono.Cecil.Cil;

namespace WorkPlan.Documents.Tests.Architecture;

/// <summary>
/// Builds the dependency graph between the components (folders) of compiled assemblies from every reference the
/// metadata holds: base types, interfaces, attributes, generic arguments and constraints, field, property, event,
/// parameter and return types, local variables, catch clauses, and the type, method and field tokens in method bodies
/// (with the declaring type and signature of each member referenced). Nested types count for the type that declares
/// them, so the closures, lambdas and state machines the compiler generates count for the method they come from.
/// </summary>
/// <remarks>
/// Mono.Cecil rather than System.Reflection.Metadata: Cecil decodes signatures and IL operands into typed references,
/// where the inbox reader needs a hand-written signature-type provider and IL operand walker for the same result.
/// </remarks>
internal sealed class NamespaceDependencyReader
{
    private const string Root = "WorkPlan.Documents";

    private readonly HashSet<string> assemblies = new(StringComparer.Ordinal);
    private readonly DependencyGraph graph = new();

    /// <summary>
    /// The component a namespace of a WorkPlan.Documents assembly belongs to: in the library, its folder
    /// (<c>WorkPlan.Documents.Calendar.Lunar</c> → <c>Calendar/Lunar</c>); in any other assembly (the templates
    /// package, the CLI), the assembly as a whole, named after its root namespace.
    /// </summary>
    public static string ComponentOf(string assemblyName, string ns)
    {
        if (assemblyName != Root)
        {
            return assemblyName == "workplan" ? Root + ".Cli" : assemblyName;
        }

        return ns == Root ? Root : ns.StartsWith(Root + ".", StringComparison.Ordinal)
            ? ns.Substring(Root.Length + 1).Replace('.', '/')
            : ns;
    }

    /// <summary>Reads the assemblies at <paramref name="paths"/> (with their dependencies beside them) into one graph.</summary>
    public static DependencyGraph Read(IEnumerable<string> paths)
    {
        var resolver = new DefaultAssemblyResolver();
        resolver.AddSearchDirectory(AppContext.BaseDirectory);
        var parameters = new ReaderParameters { AssemblyResolver = resolver, ReadSymbols = false };
        var modules = paths.Select(path => ModuleDefinition.ReadModule(path, parameters)).ToList();
        try
        {
            var reader = new NamespaceDependencyReader();
            foreach (ModuleDefinition module in modules)
            {
                reader.assemblies.Add(module.Assembly.Name.Name);
                foreach (TypeDefinition type in module.Types.Where(IsProjectType))
                {
                    reader.graph.AddNode(ComponentOf(module.Assembly.Name.Name, type.Namespace));
                }
            }

            foreach (ModuleDefinition module in modules)
            {
                foreach (TypeDefinition type in module.Types.Where(IsProjectType))
                {
                    reader.ReadType(type);
                }
            }

            return reader.graph;
        }
        finally
        {
            modules.ForEach(module => module.Dispose());
        }
    }

    private static bool IsProjectType(TypeReference type) =>
        type.Namespace == Root || type.Namespace.StartsWith(Root + ".", StringComparison.Ordinal);

    /// <summary>The assembly that defines a type (a type's own module, or the assembly a reference points into).</summary>
    private static string AssemblyOf(TypeReference type) => type.Scope switch
    {
        AssemblyNameReference assembly => assembly.Name,
        ModuleDefinition module => module.Assembly.Name.Name,
        _ => type.Module.Assembly.Name.Name,
    };

    private void ReadType(TypeDefinition type)
    {
        Source source = Source.Of(type);
        Attributes(source.In("attribute"), type.CustomAttributes);
        GenericParameters(source.In("generic constraint"), type.GenericParameters);
        if (type.BaseType is not null)
        {
            Type(source.In("base type"), type.BaseType);
        }

        foreach (InterfaceImplementation implementation in type.Interfaces)
        {
            Type(source.In("interface"), implementation.InterfaceType);
            Attributes(source.In("interface"), implementation.CustomAttributes);
        }

        foreach (FieldDefinition field in type.Fields)
        {
            Source at = source.In("field " + Demangle(field.Name));
            Type(at, field.FieldType);
            Attributes(at, field.CustomAttributes);
        }

        foreach (PropertyDefinition property in type.Properties)
        {
            Source at = source.In("property " + property.Name);
            Type(at, property.PropertyType);
            Attributes(at, property.CustomAttributes);
            foreach (ParameterDefinition parameter in property.Parameters)
            {
                Type(at, parameter.ParameterType);
            }
        }

        foreach (EventDefinition @event in type.Events)
        {
            Source at = source.In("event " + @event.Name);
            Type(at, @event.EventType);
            Attributes(at, @event.CustomAttributes);
        }

        foreach (MethodDefinition method in type.Methods)
        {
            ReadMethod(source.In("method " + source.MethodName(method)), method);
        }

        foreach (TypeDefinition nested in type.NestedTypes)
        {
            ReadType(nested);
        }
    }

    private void ReadMethod(Source at, MethodDefinition method)
    {
        Attributes(at, method.CustomAttributes);
        GenericParameters(at, method.GenericParameters);
        Type(at, method.ReturnType);
        Attributes(at, method.MethodReturnType.CustomAttributes);
        foreach (ParameterDefinition parameter in method.Parameters)
        {
            Type(at, parameter.ParameterType);
            Attributes(at, parameter.CustomAttributes);
        }

        foreach (MethodReference overridden in method.Overrides)
        {
            Method(at, overridden);
        }

        if (!method.HasBody)
        {
            return;
        }

        foreach (VariableDefinition variable in method.Body.Variables)
        {
            Type(at, variable.VariableType);
        }

        foreach (ExceptionHandler handler in method.Body.ExceptionHandlers)
        {
            if (handler.CatchType is not null)
            {
                Type(at, handler.CatchType);
            }
        }

        foreach (Instruction instruction in method.Body.Instructions)
        {
            switch (instruction.Operand)
            {
                case TypeReference type:
                    Type(at, type);
                    break;
                case MethodReference member:
                    Method(at, member);
                    break;
                case FieldReference field:
                    Type(at, field.DeclaringType);
                    Type(at, field.FieldType);
                    break;
                case CallSite site:
                    Type(at, site.ReturnType);
                    foreach (ParameterDefinition parameter in site.Parameters)
                    {
                        Type(at, parameter.ParameterType);
                    }

                    break;
            }
        }
    }

    private void Method(Source at, MethodReference method)
    {
        if (method is GenericInstanceMethod instance)
        {
            foreach (TypeReference argument in instance.GenericArguments)
            {
                Type(at, argument);
            }

            method = instance.ElementMethod;
        }

        Type(at, method.DeclaringType);
        Type(at, method.ReturnType);
        foreach (ParameterDefinition parameter in method.Parameters)
        {
            Type(at, parameter.ParameterType);
        }
    }

    private void GenericParameters(Source at, IEnumerable<GenericParameter> parameters)
    {
        foreach (GenericParameter parameter in parameters)
        {
            Attributes(at, parameter.CustomAttributes);
            foreach (GenericParameterConstraint constraint in parameter.Constraints)
            {
                Type(at, constraint.ConstraintType);
                Attributes(at, constraint.CustomAttributes);
            }
        }
    }

    private void Attributes(Source at, IEnumerable<CustomAttribute> attributes)
    {
        foreach (CustomAttribute attribute in attributes)
        {
            Type(at, attribute.AttributeType);
            foreach (CustomAttributeArgument argument in attribute.ConstructorArguments)
            {
                AttributeArgument(at, argument);
            }

            foreach (CustomAttributeNamedArgument named in attribute.Fields.Concat(attribute.Properties))
            {
                AttributeArgument(at, named.Argument);
            }
        }
    }

    private void AttributeArgument(Source at, CustomAttributeArgument argument)
    {
        Type(at, argument.Type); // an enum's type
        switch (argument.Value)
        {
            case TypeReference type: // typeof(...)
                Type(at, type);
                break;
            case CustomAttributeArgument boxed:
                AttributeArgument(at, boxed);
                break;
            case CustomAttributeArgument[] items:
                foreach (CustomAttributeArgument item in items)
                {
                    AttributeArgument(at, item);
                }

                break;
        }
    }

    private void Type(Source at, TypeReference type)
    {
        switch (type)
        {
            case GenericParameter:
                return; // its constraints are read where it is declared
            case GenericInstanceType instance:
                Type(at, instance.ElementType);
                foreach (TypeReference argument in instance.GenericArguments)
                {
                    Type(at, argument);
                }

                return;
            case IModifierType modified:
                Type(at, modified.ModifierType);
                Type(at, modified.ElementType);
                return;
            case FunctionPointerType pointer:
                Type(at, pointer.ReturnType);
                foreach (ParameterDefinition parameter in pointer.Parameters)
                {
                    Type(at, parameter.ParameterType);
                }

                return;
            case TypeSpecification specification: // array, by-reference, pointer, pinned, sentinel
                Type(at, specification.ElementType);
                return;
        }

        TypeReference outer = type;
        while (outer.DeclaringType is not null)
        {
            outer = outer.DeclaringType;
        }

        // A type of an assembly read (types of the same namespace in two assemblies, such as a file compiled into
        // both the library and the CLI, belong to the assembly that defines them).
        string assembly = AssemblyOf(outer);
        if (assemblies.Contains(assembly) && IsProjectType(outer))
        {
            graph.AddEdge(at.Component, ComponentOf(assembly, outer.Namespace), $"{at.TypeName} → {DisplayName(type)} ({at.Context})");
        }
    }

    /// <summary>A type's name as the report shows it: relative to WorkPlan.Documents, nested with dots, no arity.</summary>
    private static string DisplayName(TypeReference type)
    {
        string name = StripArity(type.Name);
        for (TypeReference? outer = type.DeclaringType; outer is not null; type = outer, outer = outer.DeclaringType)
        {
            name = StripArity(outer.Name) + "." + name;
        }

        string ns = type.Namespace;
        return ns == Root ? name
            : ns.StartsWith(Root + ".", StringComparison.Ordinal) ? string.Concat(ns.AsSpan(Root.Length + 1), ".", name)
            : ns + "." + name;
    }

    private static string StripArity(string name)
    {
        int tick = name.IndexOf('`', StringComparison.Ordinal);
        return tick < 0 ? name : name.Substring(0, tick);
    }

    /// <summary>
    /// The source-level name hidden in a compiler-generated one: <c>&lt;Render&gt;b__3_0</c> (a lambda in Render),
    /// <c>&lt;Render&gt;d__5</c> (its state machine), <c>&lt;Render&gt;g__Local|0_0</c> → <c>Render</c>; names the
    /// compiler made up from nothing (<c>&lt;&gt;c</c>, <c>&lt;&gt;9__3_0</c>) read as <c>lambda</c>.
    /// </summary>
    internal static string Demangle(string name)
    {
        if (!name.StartsWith('<'))
        {
            return name;
        }

        int end = name.IndexOf('>', StringComparison.Ordinal);
        return end > 1 ? name.Substring(1, end - 1) : "lambda";
    }

    /// <summary>Where a reference was found: the component, the source-level type and the member.</summary>
    private readonly record struct Source(string Component, string TypeName, string Context, string? GeneratedFor)
    {
        /// <summary>
        /// The source of the references in <paramref name="type"/>: a compiler-generated nested type stands for the
        /// type that declares it, and its members for the method it was generated from.
        /// </summary>
        public static Source Of(TypeDefinition type)
        {
            string? generatedFor = null;
            TypeDefinition named = type;
            while (named.DeclaringType is not null && IsGenerated(named))
            {
                generatedFor ??= Demangle(named.Name);
                named = named.DeclaringType;
            }

            TypeDefinition outer = named;
            while (outer.DeclaringType is not null)
            {
                outer = outer.DeclaringType;
            }

            return new Source(
                ComponentOf(outer.Module.Assembly.Name.Name, outer.Namespace), DisplayName(named), "type", generatedFor);
        }

        public Source In(string context) =>
            this with { Context = GeneratedFor is null || context.StartsWith("method ", StringComparison.Ordinal) ? context : "method " + GeneratedFor };

        /// <summary>The method a reference is reported in: the one a lambda or state machine was generated from.</summary>
        public string MethodName(MethodDefinition method)
        {
            string name = Demangle(method.Name);
            return name == "lambda" || (GeneratedFor is not null && !method.Name.StartsWith('<')) ? GeneratedFor ?? name : name;
        }

        private static bool IsGenerated(TypeDefinition type) =>
            type.Name.StartsWith('<')
            || type.CustomAttributes.Any(a => a.AttributeType.FullName == "System.Runtime.CompilerServices.CompilerGeneratedAttribute");
    }
}
