using Scriban.Parsing;
using WorkPlan.Documents.Rendering.Templating;

namespace WorkPlan.Documents.Rendering.TemplateChecking;

/// <summary>
/// What the checks of one run see: every file of the checked set (overrides layered on the default set: the file a
/// render would read for each name), the names of the default set's files, the stylesheet, the column declaration,
/// the view-model shape, and the sink the checks report into.
/// </summary>
/// <threadsafety>One context per run; not thread-safe.</threadsafety>
internal sealed class TemplateCheckContext
{
    private readonly List<TemplateDiagnostic> diagnostics = new();
    private readonly Dictionary<string, CheckedFile> byName;

    public TemplateCheckContext(
        IReadOnlyList<CheckedFile> files,
        IReadOnlyCollection<string> defaultFileNames,
        string styleSheetName,
        IReadOnlyList<CheckedFile> styleSheets,
        TemplateModelShape shape)
    {
        Files = files;
        DefaultFileNames = defaultFileNames;
        StyleSheetName = styleSheetName;
        StyleSheets = styleSheets;
        Shape = shape;
        byName = files.ToDictionary(f => f.Name, StringComparer.Ordinal);
    }

    /// <summary>Gets every file of the set, sorted by name: the file a render reads for each name.</summary>
    public IReadOnlyList<CheckedFile> Files { get; }

    /// <summary>Gets the partials (<c>*.sbn-html</c>) among <see cref="Files"/>, every one parsed.</summary>
    public IEnumerable<CheckedFile> Partials => Files.Where(f => f.IsPartial);

    /// <summary>Gets the names of the default (bottom) layer's files: the names an override may have.</summary>
    public IReadOnlyCollection<string> DefaultFileNames { get; }

    /// <summary>Gets the stylesheet's file name in the set (e.g. <c>nd30.css</c>).</summary>
    public string StyleSheetName { get; }

    /// <summary>Gets the stylesheet files in cascade order: the set's stylesheet (or its replacement), then extensions.</summary>
    public IReadOnlyList<CheckedFile> StyleSheets { get; }

    /// <summary>Gets the column declaration (<c>schedule-columns.json</c>), or null when the set has none.</summary>
    public CheckedFile? ColumnsFile => Find(TemplateSet.ColumnsFile);

    /// <summary>Gets the view-model shape: the names templates may use.</summary>
    public TemplateModelShape Shape { get; }

    /// <summary>Gets what has been reported so far.</summary>
    public IReadOnlyList<TemplateDiagnostic> Diagnostics => diagnostics;

    /// <summary>Finds a file of the set by name.</summary>
    public CheckedFile? Find(string name) => byName.TryGetValue(name, out CheckedFile? file) ? file : null;

    /// <summary>Reports a diagnostic.</summary>
    public void Report(TemplateDiagnostic diagnostic) => diagnostics.Add(diagnostic ?? throw new ArgumentNullException(nameof(diagnostic)));

    /// <summary>Reports a finding at a 1-based line and column of a file (0, 0 for the whole file).</summary>
    public void Report(TemplateDiagnosticDescriptor descriptor, string message, CheckedFile file, int line, int column) =>
        Report(new TemplateDiagnostic(descriptor, message, file.Name, line, column, line, column));

    /// <summary>Reports a finding at a Scriban source span (0-based lines and columns, end inclusive).</summary>
    public void Report(TemplateDiagnosticDescriptor descriptor, string message, CheckedFile file, SourceSpan span)
    {
        int line = span.Start.Line + 1;
        int column = span.Start.Column + 1;
        int endLine = Math.Max(span.End.Line + 1, line);
        int endColumn = endLine == line ? Math.Max(span.End.Column + 1, column) : span.End.Column + 1;
        Report(new TemplateDiagnostic(descriptor, message, file.Name, line, column, endLine, endColumn));
    }

    /// <summary>Reports a finding at a character offset of a file's text.</summary>
    public void ReportAtOffset(TemplateDiagnosticDescriptor descriptor, string message, CheckedFile file, int offset)
    {
        (int line, int column) = file.Lines.PositionOf(Math.Max(0, Math.Min(offset, file.Text.Length)));
        Report(descriptor, message, file, line, column);
    }
}
