using WorkPlan.Documents.Localization;

namespace WorkPlan.Documents.Import;

/// <summary>Collects diagnostics while a text is read.</summary>
internal sealed class ImportLog
{
    private readonly List<ImportDiagnostic> diagnostics = [];

    internal void Error(string code, LineRecord line, LocalizedText message) => Add(ImportSeverity.Error, code, line, message);

    internal void Warning(string code, LineRecord line, LocalizedText message) => Add(ImportSeverity.Warning, code, line, message);

    internal void Information(string code, LineRecord line, LocalizedText message) => Add(ImportSeverity.Information, code, line, message);

    /// <summary>Adds a diagnostic about the whole text or the header file (line 0).</summary>
    internal void General(ImportSeverity severity, string code, LocalizedText message) =>
        diagnostics.Add(new ImportDiagnostic(severity, code, 0, string.Empty, message));

    /// <summary>Returns the diagnostics ordered by line, in the order they were found within a line.</summary>
    internal IReadOnlyList<ImportDiagnostic> ToList() => diagnostics.OrderBy(d => d.LineNumber).ToList().AsReadOnly();

    private void Add(ImportSeverity severity, string code, LineRecord line, LocalizedText message) =>
        diagnostics.Add(new ImportDiagnostic(severity, code, line.Number, line.Text, message));
}
