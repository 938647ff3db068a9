using WorkPlan.Documents.Model;

namespace WorkPlan.Documents.Import;

/// <summary>What <see cref="ProgrammeTextImporter"/> returns: the programme, what it noticed, and a per-line account.</summary>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed class ImportResult
{
    internal ImportResult(WorkProgramme programme, IReadOnlyList<ImportDiagnostic> diagnostics, IReadOnlyList<SourceLine> lines)
    {
        Programme = programme;
        Diagnostics = diagnostics;
        Lines = lines;
    }

    /// <summary>Gets the imported programme; header values not in the text are marked in <see cref="WorkProgramme.Assumed"/>.</summary>
    public WorkProgramme Programme { get; }

    /// <summary>Gets the diagnostics in line order.</summary>
    public IReadOnlyList<ImportDiagnostic> Diagnostics { get; }

    /// <summary>Gets one account per source line, in line order (<c>Lines[i].Number == i + 1</c>).</summary>
    public IReadOnlyList<SourceLine> Lines { get; }

    /// <summary>Gets a value indicating whether any diagnostic is an error (some text is not in the programme).</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == ImportSeverity.Error);
}
