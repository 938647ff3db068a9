using Scriban.Parsing;
using WorkPlan.Documents.Rendering.Templating;

namespace WorkPlan.Documents.Rendering.TemplateChecking;

/// <summary>
/// WPT0001 and WPT0002: every partial parses. A block without <c>end</c> is reported at its opening tag (WPT0002),
/// not at the end of the file where Scriban notices it; other parse errors at Scriban's own position (WPT0001).
/// </summary>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
internal sealed class SyntaxCheck : ITemplateCheck
{
    /// <inheritdoc/>
    public void Run(TemplateCheckContext context)
    {
        foreach (CheckedFile file in context.Partials)
        {
            if (file.Template is not { HasErrors: true } template)
            {
                continue;
            }

            var errors = template.Messages.Where(m => m.Type == ParserMessageType.Error).ToList();
            IReadOnlyList<(string Keyword, int Line, int Column)> open = UnclosedBlockLocator.ReachesEnd(file.Text, errors)
                ? UnclosedBlockLocator.Find(file.Text, file.Name)
                : [];
            int lastLine = UnclosedBlockLocator.LastContentLine(file.Text);
            foreach ((string keyword, int line, int column) in open)
            {
                context.Report(TemplateDiagnosticDescriptors.UnclosedBlock, PartialCache.UnclosedBlockMessage(keyword), file, line, column);
            }

            foreach (LogMessage message in errors)
            {
                // With a block left open, the errors Scriban raises at the end of the file are that block's: reported above.
                if (open.Count > 0 && message.Span.Start.Line >= lastLine)
                {
                    continue;
                }

                context.Report(TemplateDiagnosticDescriptors.SyntaxError, message.Message, file, message.Span);
            }
        }
    }
}
