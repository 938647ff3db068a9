using System.Globalization;
using System.Text.RegularExpressions;
using Scriban.Parsing;
using Scriban.Syntax;
using WorkPlan.Documents.Rendering.Layout;
using WorkPlan.Documents.Utility;

namespace WorkPlan.Documents.Rendering.Templating;

/// <summary>
/// Turns the errors a render meets into <see cref="TemplateException"/>s at the partial's own line and column:
/// Scriban runtime errors (their span names the file) and layout markup errors (the markup reader names the partial
/// from its markers and gives the position in the combined markup).
/// </summary>
/// <remarks>
/// A layout error's markup position is not a position in the partial's source: Scriban expands expressions, loops
/// and nested partials and trims white space around <c>{{~ ~}}</c>. So the reporter looks for the offending
/// <c>&lt;element</c> or <c>attribute=</c> text in that partial's source, and keeps the markup position in the
/// message. Runs only when a render fails.
/// </remarks>
/// <threadsafety>Thread-safe: holds only the partial cache, which is.</threadsafety>
internal sealed class TemplateErrorReporter
{
    private readonly PartialCache partials;

    /// <summary>Creates the reporter of a template set's errors.</summary>
    /// <param name="partials">The set's compiled partials.</param>
    public TemplateErrorReporter(PartialCache partials)
    {
        this.partials = partials ?? throw new ArgumentNullException(nameof(partials));
    }

    /// <summary>Reports a layout markup error at the partial's own source.</summary>
    /// <param name="error">The layout error.</param>
    /// <returns>The template error.</returns>
    public TemplateException Report(LayoutMarkupException error)
    {
        string where = " (layout markup line " + error.MarkupLine + ", column " + error.MarkupColumn + ")";
        CompiledPartial? partial = null;
        try
        {
            partial = error.PartialName is null ? null : partials.Find(error.PartialName);
        }
        catch (TemplateException)
        {
            // Cannot happen: the partial was parsed to produce the markup. Report without a source line.
        }

        if (partial is null)
        {
            return new TemplateException(error.Reason + where, error.PartialName, null, 0, 0, error);
        }

        (int line, int column) = Locate(partial.File.Text, error.ElementName, error.AttributeName, error.AttributeValue);
        string reason = error.Reason
            + (error.ElementName is null ? string.Empty : ", element <" + error.ElementName + ">")
            + (error.AttributeName is null ? string.Empty : ", attribute '" + error.AttributeName + "'")
            + where;
        return new TemplateException(reason, partial.Name, partial.File.SourcePath, line, column, error);
    }

    /// <summary>
    /// Reports a Scriban runtime error at the expression's line and column, or passes on the
    /// <see cref="TemplateException"/> behind it (a partial's syntax error met when it was first called).
    /// </summary>
    /// <param name="error">The runtime error.</param>
    /// <returns>The template error.</returns>
    public TemplateException Report(ScriptRuntimeException error)
    {
        if (FindTemplateException(error) is { } inner)
        {
            return inner;
        }

        string reason = error.InnerException is { } cause && Exhausted(cause) is { } exhausted ? exhausted : error.OriginalMessage;
        return At(error.Span, reason, error);
    }

    /// <summary>
    /// Reports a render stopped by its time budget, at the partial that was running when Scriban stopped (its
    /// <see cref="ScriptAbortException"/> names the file; its position is the whole template's, so none is given).
    /// </summary>
    /// <param name="budget">The budget that ran out.</param>
    /// <param name="error">What Scriban threw when it stopped.</param>
    /// <returns>The template error; its <see cref="Exception.InnerException"/> is a <see cref="TimeoutException"/>.</returns>
    public TemplateException ReportTimeBudget(TimeSpan budget, Exception error)
    {
        string reason = string.Format(
            CultureInfo.InvariantCulture,
            "the templates ran longer than their time budget of {0} and were stopped (RenderOptions.TemplateTimeBudget; see https://github.com/workplan-documents/WorkPlan.Documents/blob/main/docs/limits.md).",
            Describe(budget));
        var timeout = new TimeoutException(reason, error);
        string? path = (error as ScriptRuntimeException)?.Span.FileName;
        return new TemplateException(reason, partials.FindParsed(path)?.Name, path, 0, 0, timeout);
    }

    /// <summary>Reports templates that exhausted memory or the stack, or wrote more markup than the limit, outside any statement.</summary>
    /// <param name="error">The <see cref="OutOfMemoryException"/>, <see cref="InsufficientExecutionStackException"/> or <see cref="MarkupOutputLimitException"/>.</param>
    /// <returns>The template error.</returns>
    public static TemplateException ReportExhausted(Exception error) =>
        new(Exhausted(error) ?? error.Message, null, null, 0, 0, error);

    /// <summary>Describes a resource limit the templates ran into, or returns null for another error.</summary>
    private static string? Exhausted(Exception error) => error switch
    {
        MarkupOutputLimitException => error.Message,
        OutOfMemoryException => "the templates ran out of memory (a loop or a string that grows without end?); see https://github.com/workplan-documents/WorkPlan.Documents/blob/main/docs/limits.md.",
        InsufficientExecutionStackException => "the templates nest too deeply for the stack; see https://github.com/workplan-documents/WorkPlan.Documents/blob/main/docs/limits.md.",
        _ => null,
    };

    private static string Describe(TimeSpan budget) =>
        budget.TotalSeconds >= 1 && budget.Milliseconds == 0
            ? budget.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) + " s"
            : budget.TotalMilliseconds.ToString("0.###", CultureInfo.InvariantCulture) + " ms";

    private TemplateException At(SourceSpan span, string reason, Exception error)
    {
        string? path = span.FileName;
        CompiledPartial? partial = partials.FindParsed(path);
        return path is null
            ? new TemplateException(reason, null, null, 0, 0, error)
            : new TemplateException(reason, partial?.Name, path, span.Start.Line + 1, span.Start.Column + 1, error);
    }

    private static (int Line, int Column) Locate(string source, string? element, string? attribute, string? value)
    {
        int index = -1;
        if (attribute is not null)
        {
            var attributePattern = new Regex(@"(?<![\w-])" + Regex.Escape(attribute) + @"\s*=", RegexOptions.CultureInvariant);
            if (element is not null && value is not null)
            {
                // The tag that wrote this very value, when the template wrote it literally (class="signer-nme").
                var withValue = new Regex(@"(?<![\w-])" + Regex.Escape(attribute) + @"\s*=\s*([""'])" + Regex.Escape(value) + @"\1", RegexOptions.CultureInvariant);
                foreach (Match tag in new Regex("<" + Regex.Escape(element) + @"(?=[\s/>])[^>]*", RegexOptions.CultureInvariant).Matches(source))
                {
                    Match inTag = withValue.Match(tag.Value);
                    if (inTag.Success)
                    {
                        index = tag.Index + inTag.Index;
                        break;
                    }
                }
            }

            if (index < 0 && element is not null)
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

        return LineIndex.Of(source).PositionOf(index);
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
}
