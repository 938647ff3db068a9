using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace WorkPlan.Documents.Rendering.Templating;

/// <summary>
/// The <c>raw value</c> function: writes <c>value</c> as layout markup without escaping. For markup the template
/// author controls (e.g. the string of a <c>capture</c> block), never for programme text, which must stay escaped.
/// </summary>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
internal sealed class RawFunction : IScriptCustomFunction
{
    public static RawFunction Instance { get; } = new();

    public int RequiredParameterCount => 1;

    public int ParameterCount => 1;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.Direct;

    public Type ReturnType => typeof(object);

    /// <summary>Wraps the argument as <see cref="RawMarkup"/>.</summary>
    /// <param name="context">The render's context.</param>
    /// <param name="callerContext">The call site.</param>
    /// <param name="arguments">One argument: the value.</param>
    /// <param name="blockStatement">Unused.</param>
    /// <returns>The value as markup.</returns>
    public object Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        if (arguments.Count != 1)
        {
            throw new ScriptRuntimeException(Span(callerContext), "raw expects one argument, the markup to write unescaped.");
        }

        return arguments[0] switch
        {
            null => new RawMarkup(string.Empty),
            RawMarkup markup => markup,
            object value => new RawMarkup(context.ObjectToString(value) ?? string.Empty),
        };
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new(Invoke(context, callerContext, arguments, blockStatement));

    private static Scriban.Parsing.SourceSpan Span(ScriptNode? caller) => caller?.Span ?? default;

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(object), "markup");
}
