using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using WorkPlan.Documents.Rendering.TemplateChecking;
using WorkPlan.Documents.Rendering.Templating;

namespace WorkPlan.Documents.Templates.Generator;

/// <summary>
/// Runs the library's template checker (<see cref="TemplateChecker"/>, the one <c>workplan templates check</c> and
/// <c>TemplateSet.Validate()</c> run) over an app's template files, so the build reports the same ids, messages and
/// positions as the command line and the start-up check.
/// </summary>
/// <remarks>
/// <para>
/// The work is split for the driver's cache. Most findings depend on one file alone (its syntax, its names against
/// the view model, its markup, a stylesheet's or the column declaration's own errors): <see cref="CheckFile"/> finds
/// them with that file layered on the default ND30 set, so an edit re-checks the edited file only. The others depend
/// on the set as a whole (<see cref="SetWideIds"/>: a partial that no file defines or none calls, classes defined or used
/// elsewhere, declarations overridden by another rule): <see cref="CheckSet"/> runs the checker over every file and
/// keeps just those. Together they give exactly the checker's result on the whole set (the corpus tests compare them).
/// </para>
/// </remarks>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
internal static class TemplateCheck
{
    /// <summary>
    /// The ids whose findings depend on more than one file: an unknown partial (another override may add it), an
    /// override no render reads (another may call it), a class defined nowhere or used nowhere, a declaration that
    /// can never apply (the stylesheet against every partial's classes).
    /// </summary>
    public static readonly ImmutableHashSet<string> SetWideIds = ImmutableHashSet.Create(
        StringComparer.Ordinal,
        TemplateDiagnosticDescriptors.UnknownPartial.Id,
        TemplateDiagnosticDescriptors.UnusedOverride.Id,
        TemplateDiagnosticDescriptors.UndefinedClass.Id,
        TemplateDiagnosticDescriptors.IneffectiveDeclaration.Id,
        TemplateDiagnosticDescriptors.UnusedClass.Id);

    private const string ResourcePrefix = "WorkPlan.Documents.Templates.Nd30.";

    // The default set, embedded in this assembly (the same files as the Templates package's): the layer under the app's files.
    private static readonly Lazy<TemplateSet> DefaultSet = new(() =>
        TemplateSet.FromEmbeddedResources(typeof(TemplateCheck).Assembly, ResourcePrefix, "nd30.css"));

    // The view model of the library this generator ships with: used only when the compilation does not reference
    // WorkPlan.Documents (the package depends on it, so a real app always does).
    private static readonly Lazy<TemplateModelShape> BundledShape = new(TemplateModelShape.FromViewModel);

    /// <summary>Checks one file layered on the default set: the findings that depend on that file alone.</summary>
    /// <param name="file">The template file.</param>
    /// <param name="shape">The view model of the referenced library; null when the compilation does not reference it.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <returns>The file's diagnostics.</returns>
    public static FileCheckResult CheckFile(TemplateInput file, TemplateModelShape? shape, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (file.Text is null)
        {
            return new FileCheckResult(file.Path, default);
        }

        var diagnostics = ImmutableArray.CreateBuilder<ReportedDiagnostic>();
        try
        {
            TemplateCheckResult result = TemplateChecker.Check(DefaultSet.Value, [new KeyValuePair<string, string>(file.FileName, file.Text)], shape ?? BundledShape.Value);
            foreach (TemplateDiagnostic diagnostic in result.Diagnostics)
            {
                if (!SetWideIds.Contains(diagnostic.Id) && diagnostic.File == file.FileName)
                {
                    diagnostics.Add(Report(diagnostic, file));
                }
            }
        }
        catch (ArgumentException e)
        {
            // The set refuses the file itself (a name that is not a plain file name, characters XML cannot carry).
            diagnostics.Add(new ReportedDiagnostic(
                TemplateDiagnosticDescriptors.SyntaxError.Id,
                DiagnosticSeverity.Error,
                TemplateDiagnosticDescriptors.SyntaxError.Title,
                e.Message,
                TemplateDiagnosticDescriptors.SyntaxError.HelpLink,
                At(file, 1, 1, 1, 1)));
        }

        return new FileCheckResult(file.Path, new EquatableArray<ReportedDiagnostic>(diagnostics.ToImmutable()));
    }

    /// <summary>Checks every file together: the findings that depend on the set as a whole (<see cref="SetWideIds"/>).</summary>
    /// <param name="files">The app's template files (a name used twice is the generator's WPT0903; the first is checked).</param>
    /// <param name="shape">The view model of the referenced library; null when the compilation does not reference it.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <returns>The set-wide diagnostics, in files of the app or, for a finding in a default file, at that file's name.</returns>
    public static EquatableArray<ReportedDiagnostic> CheckSet(ImmutableArray<TemplateInput> files, TemplateModelShape? shape, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var byName = new Dictionary<string, TemplateInput>(StringComparer.Ordinal);
        foreach (TemplateInput file in files.Where(f => f.Text is not null).OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            if (!byName.ContainsKey(file.FileName))
            {
                byName.Add(file.FileName, file);
            }
        }

        TemplateCheckResult result;
        try
        {
            result = TemplateChecker.Check(DefaultSet.Value, byName.Values.Select(f => new KeyValuePair<string, string>(f.FileName, f.Text!)), shape ?? BundledShape.Value);
        }
        catch (ArgumentException)
        {
            return default; // A file the set refuses: CheckFile reports it in that file.
        }

        var diagnostics = ImmutableArray.CreateBuilder<ReportedDiagnostic>();
        foreach (TemplateDiagnostic diagnostic in result.Diagnostics.Where(d => SetWideIds.Contains(d.Id)))
        {
            diagnostics.Add(Report(diagnostic, byName.TryGetValue(diagnostic.File, out TemplateInput? file) ? file : null));
        }

        return new EquatableArray<ReportedDiagnostic>(diagnostics.ToImmutable());
    }

    /// <summary>A checker diagnostic as the generator reports it: the same id, severity, title, message and help link.</summary>
    private static ReportedDiagnostic Report(TemplateDiagnostic diagnostic, TemplateInput? file)
    {
        LocationInfo? location = file is null
            ? DefaultFileLocation(diagnostic)
            : At(file, diagnostic.Line, diagnostic.Column, diagnostic.EndLine, diagnostic.EndColumn);
        return new ReportedDiagnostic(diagnostic.Id, Severity(diagnostic.Severity), diagnostic.Descriptor.Title, diagnostic.Message, diagnostic.HelpLink, location);
    }

    // A finding in a file of the default set (say, a class nd30.css defines that no partial uses any more): there is no
    // such file in the project, so the location names the default file by its name, line and column, as the CLI does.
    private static LocationInfo DefaultFileLocation(TemplateDiagnostic diagnostic)
    {
        var start = new LinePosition(Math.Max(diagnostic.Line - 1, 0), Math.Max(diagnostic.Column - 1, 0));
        var end = new LinePosition(Math.Max(diagnostic.EndLine - 1, start.Line), Math.Max(diagnostic.EndColumn, start.Character));
        return new LocationInfo(diagnostic.File, default, new LinePositionSpan(start, end));
    }

    private static DiagnosticSeverity Severity(TemplateDiagnosticSeverity severity) => severity switch
    {
        TemplateDiagnosticSeverity.Error => DiagnosticSeverity.Error,
        TemplateDiagnosticSeverity.Warning => DiagnosticSeverity.Warning,
        _ => DiagnosticSeverity.Info,
    };

    /// <summary>The location of 1-based lines and columns in the file (clamped to the text; a line of 0 is the file's start).</summary>
    internal static LocationInfo At(TemplateInput file, int line, int column, int endLine, int endColumn)
    {
        SourceText text = SourceText.From(file.Text ?? string.Empty);
        LinePosition start = Clamp(text, line, column);
        LinePosition end = Clamp(text, Math.Max(endLine, line), endLine == line ? Math.Max(endColumn + 1, column) : endColumn + 1);
        if (end < start)
        {
            end = start;
        }

        int startOffset = text.Lines[start.Line].Start + start.Character;
        int endOffset = text.Lines[end.Line].Start + end.Character;
        return new LocationInfo(file.Path, TextSpan.FromBounds(startOffset, endOffset), new LinePositionSpan(start, end));
    }

    private static LinePosition Clamp(SourceText text, int line, int column)
    {
        int lineIndex = Math.Min(Math.Max(line - 1, 0), text.Lines.Count - 1);
        TextLine textLine = text.Lines[lineIndex];
        int character = Math.Min(Math.Max(column - 1, 0), textLine.End - textLine.Start);
        return new LinePosition(lineIndex, character);
    }
}
