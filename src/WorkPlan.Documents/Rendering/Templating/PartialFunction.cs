using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace WorkPlan.Documents.Rendering.Templating;

/// <summary>
/// The <c>partial "name"</c> function (also bound to <c>include</c>): renders another partial of the set in the same
/// context and returns its output as <see cref="RawMarkup"/> wrapped in <c>&lt;?partial-begin name?&gt;</c> …
/// <c>&lt;?partial-end name?&gt;</c>, so layout errors can name the partial they come from.
/// </summary>
/// <remarks>
/// Scriban's own <c>include</c> returns a string, which the escaping context would escape again; this function
/// replaces it. Nesting depth is bounded by <see cref="TemplateContext.RecursiveLimit"/> (Scriban counts calls).
/// </remarks>
/// <threadsafety>Thread-safe: holds only the engine, which is.</threadsafety>
internal sealed class PartialFunction : IScriptCustomFunction
{
    private readonly TemplateEngine engine;

    public PartialFunction(TemplateEngine engine)
    {
        this.engine = engine;
    }

    public int RequiredParameterCount => 1;

    public int ParameterCount => 1;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.Direct;

    public Type ReturnType => typeof(object);

    /// <summary>Renders the named partial and returns its wrapped output.</summary>
    /// <param name="context">The render's context.</param>
    /// <param name="callerContext">The call site, for error positions.</param>
    /// <param name="arguments">One argument: the partial's name.</param>
    /// <param name="blockStatement">Unused.</param>
    /// <returns>The partial's output as <see cref="RawMarkup"/>.</returns>
    public object Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        string name = arguments.Count == 1 && arguments[0] is string text
            ? text
            : throw new ScriptRuntimeException(Span(callerContext), "partial expects one argument, the partial's name as a string, e.g. partial \"header\".");
        CompiledPartial partial = engine.FindPartial(name)
            ?? throw new ScriptRuntimeException(
                Span(callerContext),
                $"there is no partial \"{name}\" (file {TemplateSet.PartialFileName(name)}) in the template set.");

        // As Scriban's include: render into a fresh output; Render returns that output's text.
        context.PushOutput();
        string output;
        try
        {
            output = partial.Template.Render(context) ?? string.Empty;
        }
        finally
        {
            context.PopOutput();
        }

        return TemplateEngine.Wrap(partial.Name, output);
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new(Invoke(context, callerContext, arguments, blockStatement));

    private static Scriban.Parsing.SourceSpan Span(ScriptNode? caller) => caller?.Span ?? default;

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(string), "name");
}
