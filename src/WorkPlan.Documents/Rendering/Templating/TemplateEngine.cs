using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;
using WorkPlan.Documents.Rendering.Layout;
using WorkPlan.Documents.Rendering.ViewModel;

namespace WorkPlan.Documents.Rendering.Templating;

/// <summary>
/// Renders a template set's partials into layout markup: parses each partial once (cached, thread-safe), gives
/// every render a fresh context with explicit limits, escapes every written value, and maps Scriban and layout
/// errors to <see cref="TemplateException"/> at the partial's own line and column.
/// </summary>
/// <threadsafety>Thread-safe: one engine serves concurrent renders.</threadsafety>
internal sealed class TemplateEngine
{
    /// <summary>
    /// Scriban's loop limit, shared by nested loops. The seed month takes about 1,000 iterations (31 days, 190 rows,
    /// their cells); the limit leaves room for 100 times that and more, and still stops a runaway loop.
    /// </summary>
    public const int LoopLimit = 1_000_000;

    /// <summary>The call-depth limit: partials nest three deep in the default set.</summary>
    public const int RecursiveLimit = 64;

    private readonly ConcurrentDictionary<string, Lazy<CompiledPartial?>> partials = new(StringComparer.Ordinal);
    private readonly PartialFunction partialFunction;

    // The length of the last render's markup, to size the next one's buffer; read and written without locks by
    // concurrent renders, which is harmless: any value is a valid hint.
    private int expectedLength;

    public TemplateEngine(TemplateSet set)
    {
        Set = set ?? throw new ArgumentNullException(nameof(set));
        partialFunction = new PartialFunction(this);
    }

    /// <summary>Gets the template set.</summary>
    public TemplateSet Set { get; }

    /// <summary>Wraps a partial's output in the markers the layout reader tracks.</summary>
    /// <param name="partial">The partial.</param>
    /// <param name="output">Its output.</param>
    /// <returns>The wrapped markup.</returns>
    public static RawMarkup Wrap(CompiledPartial partial, string output) =>
        new(partial.BeginMarker + output + partial.EndMarker);

    /// <summary>Returns the parsed partial, parsing it on first use; null when the set has no such partial.</summary>
    /// <param name="name">The partial's name, e.g. "header".</param>
    /// <returns>The partial, or null.</returns>
    /// <exception cref="TemplateException">The partial has a syntax error (the same error on every call).</exception>
    public CompiledPartial? FindPartial(string name)
    {
        if (!TemplateSet.IsPlainName(name))
        {
            return null;
        }

        return partials.GetOrAdd(name, n => new Lazy<CompiledPartial?>(() => Compile(n), LazyThreadSafetyMode.ExecutionAndPublication)).Value;
    }

    /// <summary>Renders the <see cref="TemplateSet.DocumentPartial"/> partial for <paramref name="model"/>.</summary>
    /// <param name="model">The view model.</param>
    /// <param name="cancellationToken">Stops the render between template statements.</param>
    /// <returns>The layout markup, with partial markers.</returns>
    /// <exception cref="TemplateException">A partial fails to parse or to run.</exception>
    /// <exception cref="OperationCanceledException">The render was cancelled.</exception>
    public string Render(ProgrammeViewModel model, CancellationToken cancellationToken)
    {
        using MarkupBuffer markup = RenderToBuffer(model, cancellationToken);
        return markup.ToString();
    }

    /// <summary>
    /// Renders the <see cref="TemplateSet.DocumentPartial"/> partial for <paramref name="model"/> into a pooled buffer
    /// the caller reads (<see cref="MarkupBuffer.OpenReader"/>) and disposes: no string of the markup is made.
    /// </summary>
    /// <param name="model">The view model.</param>
    /// <param name="cancellationToken">Stops the render between template statements.</param>
    /// <returns>The layout markup, with partial markers, in a buffer the caller owns.</returns>
    /// <exception cref="TemplateException">A partial fails to parse or to run.</exception>
    /// <exception cref="OperationCanceledException">The render was cancelled.</exception>
    public MarkupBuffer RenderToBuffer(ProgrammeViewModel model, CancellationToken cancellationToken)
    {
        CompiledPartial document = FindPartial(TemplateSet.DocumentPartial)
            ?? throw new TemplateException(
                "the template set has no document partial, the entry point of every render.",
                TemplateSet.DocumentPartial,
                TemplateSet.PartialFileName(TemplateSet.DocumentPartial),
                0,
                0);

        var context = new MarkupTemplateContext(new RenderBuiltins())
        {
            StrictVariables = true,
            EnableRelaxedMemberAccess = false,
            LoopLimit = LoopLimit,
            RecursiveLimit = RecursiveLimit,
            LimitToString = 0,
            OutputLimit = 0,
            NewLine = "\n",
            CancellationToken = cancellationToken,
        };
        ScriptObject globals = ScriptModel.Create(model, 3);
        globals.SetValue("partial", partialFunction, false);
        globals.SetValue("include", partialFunction, false);
        globals.SetValue("raw", RawFunction.Instance, false);
        context.PushGlobal(globals);

        // The document renders straight into the render's buffer, between its markers, as partials do
        // (PartialFunction): the text is copied once, into the result.
        var buffer = new MarkupBuffer(expectedLength + (expectedLength / 8));
        try
        {
            buffer.Write(document.BeginMarker, 0, document.BeginMarker.Length);
            context.PushOutput(buffer);
            context.PushOutput(new PartialOutput(buffer, buffer, null));
            document.Template.Render(context);
            buffer.Write(document.EndMarker, 0, document.EndMarker.Length);
        }
        catch (Exception) when (cancellationToken.IsCancellationRequested)
        {
            buffer.Dispose();
            throw new OperationCanceledException("The render was cancelled.", cancellationToken);
        }
        catch (ScriptRuntimeException e)
        {
            buffer.Dispose();
            throw Map(e);
        }
        catch
        {
            buffer.Dispose();
            throw;
        }

        expectedLength = buffer.Length;
        return buffer;
    }

    /// <summary>
    /// Maps a layout markup error to the partial's own source: finds the offending <c>&lt;element</c> or
    /// <c>attribute=</c> text in the partial named by the markers.
    /// </summary>
    /// <param name="error">The layout error.</param>
    /// <returns>The template error.</returns>
    public TemplateException Map(LayoutMarkupException error)
    {
        string where = " (layout markup line " + error.MarkupLine + ", column " + error.MarkupColumn + ")";
        CompiledPartial? partial = null;
        try
        {
            partial = error.PartialName is null ? null : FindPartial(error.PartialName);
        }
        catch (TemplateException)
        {
            // Cannot happen: the partial was parsed to produce the markup. Report without a source line.
        }

        if (partial is null)
        {
            return new TemplateException(error.Reason + where, error.PartialName, null, 0, 0, error);
        }

        (int line, int column) = Locate(partial.File.Text, error.ElementName, error.AttributeName);
        string reason = error.Reason
            + (error.ElementName is null ? string.Empty : ", element <" + error.ElementName + ">")
            + (error.AttributeName is null ? string.Empty : ", attribute '" + error.AttributeName + "'")
            + where;
        return new TemplateException(reason, partial.Name, partial.File.SourcePath, line, column, error);
    }

    private static (int Line, int Column) Locate(string source, string? element, string? attribute)
    {
        int index = -1;
        if (attribute is not null)
        {
            var attributePattern = new Regex(@"(?<![\w-])" + Regex.Escape(attribute) + @"\s*=", RegexOptions.CultureInvariant);
            if (element is not null)
            {
                foreach (Match tag in new Regex("<" + Regex.Escape(element) + @"(?=[\s/>])[^>]*", RegexOptions.CultureInvariant).Matches(source))
                {
                    Match inTag = attributePattern.Match(tag.Value);
                    if (inTag.Success)
                    {
                        index = tag.Index + inTag.Index;
                        break;
                    }
                }
            }

            if (index < 0)
            {
                Match any = attributePattern.Match(source);
                index = any.Success ? any.Index : -1;
            }
        }

        if (index < 0 && element is not null)
        {
            Match tag = new Regex("<" + Regex.Escape(element) + @"(?=[\s/>]|$)", RegexOptions.CultureInvariant).Match(source);
            index = tag.Success ? tag.Index : -1;
        }

        if (index < 0)
        {
            return (0, 0);
        }

        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < index; i++)
        {
            if (source[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, index - lineStart + 1);
    }

    private static TemplateException? FindTemplateException(Exception error)
    {
        for (Exception? e = error; e is not null; e = e.InnerException)
        {
            if (e is TemplateException template)
            {
                return template;
            }
        }

        return null;
    }

    private CompiledPartial? Compile(string name)
    {
        TemplateFile? file = Set.Find(TemplateSet.PartialFileName(name));
        if (file is null)
        {
            return null;
        }

        Template template = Template.Parse(file.Text, file.SourcePath);
        if (template.HasErrors)
        {
            var errors = template.Messages.Where(m => m.Type == ParserMessageType.Error).ToList();
            LogMessage first = errors[0];
            string reason = string.Join(
                "; ",
                errors.Select((m, i) => i == 0 ? m.Message : $"({m.Span.Start.Line + 1},{m.Span.Start.Column + 1}) {m.Message}"));
            throw new TemplateException(reason, name, file.SourcePath, first.Span.Start.Line + 1, first.Span.Start.Column + 1);
        }

        return new CompiledPartial(name, file, template);
    }

    private TemplateException Map(ScriptRuntimeException error)
    {
        if (FindTemplateException(error) is { } inner)
        {
            return inner;
        }

        SourceSpan span = error.Span;
        string? path = span.FileName;
        CompiledPartial? partial = partials.Values
            .Where(lazy => lazy.IsValueCreated)
            .Select(lazy => lazy.Value)
            .FirstOrDefault(p => p is not null && string.Equals(p.File.SourcePath, path, StringComparison.Ordinal));
        return path is null
            ? new TemplateException(error.OriginalMessage, null, null, 0, 0, error)
            : new TemplateException(error.OriginalMessage, partial?.Name, path, span.Start.Line + 1, span.Start.Column + 1, error);
    }
}
