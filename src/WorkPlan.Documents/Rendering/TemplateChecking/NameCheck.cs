using Scriban.Functions;
using Scriban.Syntax;

namespace WorkPlan.Documents.Rendering.TemplateChecking;

/// <summary>
/// WPT0003, WPT0004 and WPT0006, by walking every branch of every partial's syntax tree (both arms of an
/// <c>if</c>, every <c>case</c>, loop bodies, function arguments, pipes), whatever a given programme would take: a
/// variable or member the view model does not have (nearest name suggested), a <c>partial</c> call to a partial the
/// set lacks, and <c>raw</c> applied to a view-model value. Loop variables take the element type of the collection
/// they walk (<c>for day in schedule.days</c>: <c>day</c> is a <c>DayView</c>); names a template assigns itself
/// (<c>style = "…"</c>) are known, with no type to check their members against.
/// </summary>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
internal sealed class NameCheck : ITemplateCheck
{
    // Names every render has besides the view model: the engine's functions and Scriban's builtins (as RenderBuiltins copies them).
    private static readonly Lazy<HashSet<string>> Builtins = new(() =>
    {
        var names = new HashSet<string>(new BuiltinFunctions().Keys, StringComparer.Ordinal) { "partial", "include", "raw", "for", "while", "tablerow" };
        return names;
    });

    /// <inheritdoc/>
    public void Run(TemplateCheckContext context)
    {
        foreach (CheckedFile file in context.Partials)
        {
            if (file.Template is not { HasErrors: false, Page: { } page })
            {
                continue; // The syntax check reports it; a broken tree would only add noise.
            }

            var assigned = new HashSet<string>(StringComparer.Ordinal);
            CollectAssigned(page, assigned);
            var walker = new Walker(context, file, assigned);
            walker.Walk(page, new Dictionary<string, Shape>(StringComparer.Ordinal));
        }
    }

    /// <summary>The partials a file calls with a literal name (<c>partial "name"</c>, <c>include "name"</c>).</summary>
    internal static HashSet<string> CalledPartials(CheckedFile file)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        if (file.Template?.Page is { } page)
        {
            Visit(page, node =>
            {
                if (PartialCall(node) is { } call)
                {
                    names.Add(call.Name);
                }
            });
        }

        return names;
    }

    private static (string Name, ScriptNode Argument)? PartialCall(ScriptNode node) =>
        node is ScriptFunctionCall { Target: ScriptVariable { Name: "partial" or "include" }, Arguments.Count: 1 } call
            && call.Arguments[0] is ScriptLiteral { Value: string name } literal
            ? (name, literal)
            : null;

    private static void Visit(ScriptNode node, Action<ScriptNode> action)
    {
        action(node);
        for (int i = 0; i < node.ChildrenCount; i++)
        {
            if (node.GetChildren(i) is { } child)
            {
                Visit(child, action);
            }
        }
    }

    private static void CollectAssigned(ScriptNode root, HashSet<string> assigned) =>
        Visit(root, node =>
        {
            switch (node)
            {
                case ScriptAssignExpression { Target: ScriptVariable variable }:
                    assigned.Add(variable.Name);
                    break;
                case ScriptFunction { NameOrDoToken: ScriptVariable name }:
                    assigned.Add(name.Name);
                    break;
                case ScriptCaptureStatement { Target: ScriptVariable target }:
                    assigned.Add(target.Name);
                    break;
            }
        });

    /// <summary>What a name or expression holds, as far as the walk knows; <see cref="Unknown"/> when it cannot tell.</summary>
    private readonly record struct Shape(TemplateValueKind Kind, string? TypeName, bool Known, bool FromModel)
    {
        public static Shape Unknown => default;
    }

    private sealed class Walker
    {
        private readonly TemplateCheckContext context;
        private readonly CheckedFile file;
        private readonly HashSet<string> assigned;
        private int functionDepth;

        public Walker(TemplateCheckContext context, CheckedFile file, HashSet<string> assigned)
        {
            this.context = context;
            this.file = file;
            this.assigned = assigned;
        }

        public void Walk(ScriptNode? node, Dictionary<string, Shape> scope)
        {
            switch (node)
            {
                case null:
                    return;
                case ScriptForStatement loop:
                {
                    Shape items = Infer(loop.Iterator, scope);
                    var inner = new Dictionary<string, Shape>(scope, StringComparer.Ordinal);
                    if (loop.Variable is ScriptVariable variable)
                    {
                        inner[variable.Name] = items.Known && items.Kind == TemplateValueKind.ViewList ? new Shape(TemplateValueKind.View, items.TypeName, true, true)
                            : items.Known && items.Kind == TemplateValueKind.ValueList ? new Shape(TemplateValueKind.Value, null, true, true)
                            : Shape.Unknown;
                    }

                    for (int i = 0; i < loop.ChildrenCount; i++)
                    {
                        if (loop.GetChildren(i) is { } child && !ReferenceEquals(child, loop.Variable) && !ReferenceEquals(child, loop.Iterator))
                        {
                            Walk(child, inner);
                        }
                    }

                    return;
                }

                case ScriptFunction function:
                    // A function's parameters and body are the author's own names: only its calls of the view model are checked.
                    functionDepth++;
                    WalkChildren(function, scope);
                    functionDepth--;
                    return;
                case ScriptAssignExpression assign:
                    if (assign.Target is not ScriptVariable)
                    {
                        Walk(assign.Target, scope);
                    }

                    Walk(assign.Value, scope);
                    return;
                case ScriptNamedArgument named:
                    if (named.Value is { } value)
                    {
                        Walk(value, scope);
                    }

                    return;
                case ScriptFunctionCall call when PartialCall(call) is { } partial:
                    if (context.Find(partial.Name + Templating.TemplateSet.PartialExtension) is null)
                    {
                        var partials = context.Partials.Select(p => p.PartialName);
                        context.Report(
                            TemplateDiagnosticDescriptors.UnknownPartial,
                            "the set has no partial \"" + partial.Name + "\" (no file " + partial.Name + Templating.TemplateSet.PartialExtension + ")" + NearestName.Suggest(partial.Name, partials),
                            file,
                            partial.Argument.Span);
                    }

                    return;
                case ScriptFunctionCall { Target: ScriptVariable { Name: "raw" }, Arguments.Count: 1 } rawCall:
                    CheckRaw(rawCall.Arguments[0], scope, rawCall.Span);
                    WalkChildren(rawCall, scope);
                    return;
                case ScriptPipeCall pipe when pipe.To is ScriptVariable { Name: "raw" } || pipe.To is ScriptFunctionCall { Target: ScriptVariable { Name: "raw" } }:
                    CheckRaw(pipe.From, scope, pipe.Span);
                    Walk(pipe.From, scope);
                    return;
                case ScriptMemberExpression or ScriptVariable:
                    Infer((ScriptExpression)node, scope);
                    return;
                default:
                    WalkChildren(node, scope);
                    return;
            }
        }

        private void WalkChildren(ScriptNode node, Dictionary<string, Shape> scope)
        {
            for (int i = 0; i < node.ChildrenCount; i++)
            {
                if (node.GetChildren(i) is { } child)
                {
                    Walk(child, scope);
                }
            }
        }

        private void CheckRaw(ScriptExpression? argument, Dictionary<string, Shape> scope, Scriban.Parsing.SourceSpan span)
        {
            Shape shape = Infer(argument, scope, report: false);
            if (shape.FromModel)
            {
                context.Report(
                    TemplateDiagnosticDescriptors.RawViewModelValue,
                    "raw writes \"" + argument + "\", a view-model value, without escaping: a '<' or '&' in the programme's text would break the markup; write the value without raw",
                    file,
                    span);
            }
        }

        private Shape Infer(ScriptExpression? expression, Dictionary<string, Shape> scope, bool report = true)
        {
            switch (expression)
            {
                case ScriptVariableGlobal variable:
                    return Variable(variable, scope, report);
                case ScriptVariable:
                    return Shape.Unknown; // $locals and loop variables ($for): the author's own.
                case ScriptMemberExpression member:
                {
                    Shape target = Infer(member.Target, scope, report);
                    if (member.Member is not ScriptVariable name || !target.Known)
                    {
                        return Shape.Unknown;
                    }

                    if (target.Kind == TemplateValueKind.Map)
                    {
                        return new Shape(TemplateValueKind.Value, null, true, true);
                    }

                    if (target.Kind != TemplateValueKind.View || context.Shape.FindType(target.TypeName) is not { } type)
                    {
                        return Shape.Unknown; // Scriban's own members of values and lists (size, first…).
                    }

                    if (type.Find(name.Name) is { } found)
                    {
                        return new Shape(found.Kind, found.TypeName, true, true);
                    }

                    if (report)
                    {
                        context.Report(
                            TemplateDiagnosticDescriptors.UnknownMember,
                            "\"" + name.Name + "\" is not a member of " + member.Target + " (" + type.Name + ")" + NearestName.Suggest(name.Name, type.Members.Select(m => m.Name)),
                            file,
                            name.Span);
                    }

                    return Shape.Unknown;
                }

                case ScriptIndexerExpression indexer:
                {
                    Shape target = Infer(indexer.Target, scope, report);
                    Walk(indexer.Index, scope);
                    return target.Known && target.Kind == TemplateValueKind.ViewList ? new Shape(TemplateValueKind.View, target.TypeName, true, true)
                        : target.Known && target.Kind is TemplateValueKind.ValueList or TemplateValueKind.Map ? new Shape(TemplateValueKind.Value, null, true, true)
                        : Shape.Unknown;
                }

                case null:
                    return Shape.Unknown;
                default:
                    if (report)
                    {
                        WalkChildren(expression, scope);
                    }

                    return Shape.Unknown;
            }
        }

        private Shape Variable(ScriptVariableGlobal variable, Dictionary<string, Shape> scope, bool report)
        {
            string name = variable.Name;
            if (scope.TryGetValue(name, out Shape local))
            {
                return local;
            }

            if (context.Shape.Root.Find(name) is { } global)
            {
                return new Shape(global.Kind, global.TypeName, true, true);
            }

            if (assigned.Contains(name) || Builtins.Value.Contains(name) || functionDepth > 0)
            {
                return Shape.Unknown;
            }

            if (report)
            {
                IEnumerable<string> candidates = context.Shape.Root.Members.Select(m => m.Name).Concat(scope.Keys).Concat(assigned);
                context.Report(
                    TemplateDiagnosticDescriptors.UnknownMember,
                    "\"" + name + "\" is not a variable the templates have (the view model's globals, loop variables, names the template assigns)" + NearestName.Suggest(name, candidates),
                    file,
                    variable.Span);
            }

            return Shape.Unknown;
        }
    }
}
