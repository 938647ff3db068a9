using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using WorkPlan.Documents.Rendering.Templating;

namespace WorkPlan.Documents.Templates.Generator;

/// <summary>
/// Checks one template file with the library's own code: a partial (<c>NAME.sbn-html</c>) is parsed by the template
/// engine exactly as a render parses it (<see cref="PartialCache"/>, layered on the default ND30 set), so the build
/// and the run report the same syntax error at the same line and column (WPT0001).
/// </summary>
/// <remarks>
/// The wider checks of issue 12 (members the view model lacks, markup, stylesheet, columns) belong to the library's
/// template checker; this class is where the generator calls it, file by file, once it is available.
/// </remarks>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
internal static class TemplateCheck
{
    /// <summary>The id of a template the engine cannot parse.</summary>
    public const string SyntaxId = "WPT0001";

    private const string ResourcePrefix = "WorkPlan.Documents.Templates.Nd30.";

    // The default set, embedded in this assembly (the same files as the Templates package's): the layer under the app's files.
    private static readonly Lazy<TemplateSet> DefaultSet = new(() =>
        TemplateSet.FromEmbeddedResources(typeof(TemplateCheck).Assembly, ResourcePrefix, "nd30.css"));

    /// <summary>Checks one file on its own.</summary>
    /// <param name="file">The template file.</param>
    /// <param name="shape">The view model of the referenced library; null when the compilation does not reference it.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <returns>The file's diagnostics.</returns>
    public static FileCheckResult CheckFile(TemplateInput file, ModelShapeDescription? shape, CancellationToken cancellationToken)
    {
        _ = shape; // The engine's parse does not depend on the view model; the library's checker will.
        cancellationToken.ThrowIfCancellationRequested();
        if (file.Text is null || !file.FileName.EndsWith(TemplateSet.PartialExtension, StringComparison.Ordinal))
        {
            return new FileCheckResult(file.Path, default);
        }

        string partial = file.FileName.Substring(0, file.FileName.Length - TemplateSet.PartialExtension.Length);
        try
        {
            TemplateSet set = DefaultSet.Value.WithOverrides([new KeyValuePair<string, string>(file.FileName, file.Text)]);
            _ = new PartialCache(set).Find(partial);
            return new FileCheckResult(file.Path, default);
        }
        catch (TemplateException e)
        {
            return new FileCheckResult(file.Path, One(Syntax(file, e.Reason, e.Line, e.Column)));
        }
        catch (ArgumentException e)
        {
            // The set refuses the file itself (a name that is not a plain file name, characters XML cannot carry).
            return new FileCheckResult(file.Path, One(Syntax(file, e.Message, 1, 1)));
        }
    }

    private static EquatableArray<ReportedDiagnostic> One(ReportedDiagnostic diagnostic) => new(ImmutableArray.Create(diagnostic));

    private static ReportedDiagnostic Syntax(TemplateInput file, string message, int line, int column) =>
        new(SyntaxId, DiagnosticSeverity.Error, "Template syntax error", message, GeneratorDiagnostics.HelpBase + "wpt0001", At(file, line, column));

    /// <summary>The location of a 1-based line and column in the file (clamped to the text).</summary>
    internal static LocationInfo At(TemplateInput file, int line, int column)
    {
        SourceText text = SourceText.From(file.Text ?? string.Empty);
        int lineIndex = Math.Min(Math.Max(line - 1, 0), text.Lines.Count - 1);
        TextLine textLine = text.Lines[lineIndex];
        int character = Math.Min(Math.Max(column - 1, 0), textLine.End - textLine.Start);
        var position = new LinePosition(lineIndex, character);
        return new LocationInfo(file.Path, new TextSpan(textLine.Start + character, 0), new LinePositionSpan(position, position));
    }
}
