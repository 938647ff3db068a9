using System.Diagnostics.CodeAnalysis;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace WorkPlan.Documents.Rendering.Templating;

/// <summary>
/// The <c>partial "name"</c> function (also bound to <c>include</c>): renders another partial of the set in the same
/// context, its output wrapped in <c>&lt;?partial-begin name?&gt;</c> … <c>&lt;?partial-end name?&gt;</c> so layout
/// errors can name the partial they come from. A call that is a statement of its own renders straight into the output
/// (no copy of the partial's text); a call used as a value returns the wrapped output as <see cref="RawMarkup"/>.
/// </summary>
/// <remarks>
/// Scriban's own <c>include</c> returns a string, which the escaping context would escape again; this function
/// replaces it. Nesting depth is bounded by <see cref="TemplateContext.RecursiveLimit"/> (Scriban counts calls).
/// </remarks>
/// <threadsafety>Thread-safe: holds only the partial cache, which is.</threadsafety>
internal sealed class PartialFunction : IScriptCustomFunction
{
    private readonly PartialCache partials;

    public PartialFunction(PartialCache partials)
    {
        this.partials = partials;
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
    /// <returns>
    /// The partial's output as <see cref="RawMarkup"/>; null when the call is a statement of its own, whose output
    /// this writes in place.
    /// </returns>
    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        string name = arguments.Count == 1 && arguments[0] is string text
            ? text
            : throw new ScriptRuntimeException(Span(callerContext), "partial expects one argument, the partial's name as a string, e.g. partial \"header\".");
        CompiledPartial partial = partials.Find(name)
            ?? throw new ScriptRuntimeException(
                Span(callerContext),
                $"there is no partial \"{name}\" (file {TemplateSet.PartialFileName(name)}) in the template set.");

        if (CanWriteInPlace(context, callerContext, out MarkupTemplateContext? markup, out IMarkupRoot? root))
        {
            WriteInPlace(markup, root, partial);
            return null;
        }

        // Used as a value (assigned, piped, passed to a function): as Scriban's include, render into a fresh output;
        // Render returns that output's text.
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

        return partial.Wrap(output);
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new(Invoke(context, callerContext, arguments, blockStatement));

    /// <summary>
    /// Whether the call is a statement of its own (<c>{{ partial "x" }}</c>), whose value Scriban would write to the
    /// output right away, with the current indent: then the partial can render straight into the output.
    /// </summary>
    private static bool CanWriteInPlace(
        TemplateContext context,
        ScriptNode? callerContext,
        [NotNullWhen(true)] out MarkupTemplateContext? markup,
        [NotNullWhen(true)] out IMarkupRoot? root)
    {
        markup = context as MarkupTemplateContext;
        root = context.Output switch
        {
            PartialOutput partialOutput => partialOutput.Root,
            MarkupBuffer buffer => buffer,
            StringBuilderOutput builderOutput => new BuilderMarkupRoot(builderOutput.Builder),
            _ => null,
        };
        return markup is not null
            && root is not null
            && context.EnableOutput
            && context.IndentOnEmptyLines
            && callerContext is ScriptFunctionCall call
            && call.Parent is ScriptExpressionStatement statement
            && ReferenceEquals(statement.Expression, call)
            && statement.CanOutput
            && statement.Parent is { Parent: ScriptBlockStatement block }
            && ReferenceEquals(statement.Parent, block.Statements);
    }

    /// <summary>
    /// Renders the partial straight into the current output, giving the same text as returning its wrapped output for
    /// Scriban to write: the markers, the partial's text indented by <see cref="PartialOutput"/>, and Scriban's
    /// "last text ended a line" flag left as writing the value would leave it (cleared: the end marker ends the text).
    /// </summary>
    /// <remarks>
    /// Written as a value, the whole wrapped text got the call site's indent before the begin marker when the partial's
    /// own text ended a line — known only once it has rendered, so that indent is inserted afterwards, before the begin
    /// marker in the text it lands in (the outputs in between pass the marker on unchanged: it holds no line feed).
    /// </remarks>
    private static void WriteInPlace(MarkupTemplateContext context, IMarkupRoot root, CompiledPartial partial)
    {
        string? indent = context.CurrentIndent;
        IScriptOutput caller = context.Output;
        caller.Write(partial.BeginMarker, 0, partial.BeginMarker.Length);
        int beginAt = root.Length - partial.BeginMarker.Length;

        var output = new PartialOutput(caller, root, indent);
        context.PushOutput(output);
        try
        {
            partial.Template.Render(context);
        }
        finally
        {
            context.PopOutput();
        }

        if (indent is null || indent.Length == 0)
        {
            context.ResetPreviousNewLine();
        }
        else
        {
            if (context.TakeLineStart())
            {
                root.Insert(beginAt, indent);
            }

            if (output.AtLineStart)
            {
                caller.Write(indent, 0, indent.Length);
            }
        }

        caller.Write(partial.EndMarker, 0, partial.EndMarker.Length);
    }

    private static Scriban.Parsing.SourceSpan Span(ScriptNode? caller) => caller?.Span ?? default;

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(string), "name");
}
