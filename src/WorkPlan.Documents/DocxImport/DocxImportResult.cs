using WorkPlan.Documents.Import;
using WorkPlan.Documents.Model;

namespace WorkPlan.Documents.DocxImport;

/// <summary>
/// What <see cref="ProgrammeDocxImporter"/> returns: the programme, what it noticed, and an account of every paragraph
/// and table row of the document. <see cref="Lines"/> numbers them in document order as the text importer numbers lines
/// (a diagnostic's <see cref="ImportDiagnostic.LineNumber"/> is that number), and <see cref="Locations"/> says where
/// each is in the .docx.
/// </summary>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed class DocxImportResult
{
    internal DocxImportResult(WorkProgramme programme, IReadOnlyList<ImportDiagnostic> diagnostics, IReadOnlyList<SourceLine> lines, IReadOnlyList<DocxLocation> locations)
    {
        Programme = programme;
        Diagnostics = diagnostics;
        Lines = lines;
        Locations = locations;
    }

    /// <summary>Gets the imported programme; values taken from the header file are marked in <see cref="WorkProgramme.Assumed"/>.</summary>
    public WorkProgramme Programme { get; }

    /// <summary>Gets the diagnostics in document order (those about the whole document, number 0, first).</summary>
    public IReadOnlyList<ImportDiagnostic> Diagnostics { get; }

    /// <summary>
    /// Gets one account per paragraph, per schedule-table row and per paragraph of another table's cell, in document
    /// order (<c>Lines[i].Number == i + 1</c>); a row's <see cref="SourceLine.Text"/> holds its cells joined by tabs.
    /// </summary>
    public IReadOnlyList<SourceLine> Lines { get; }

    /// <summary>Gets where each account is: <c>Locations[i]</c> is the place of <c>Lines[i]</c>.</summary>
    public IReadOnlyList<DocxLocation> Locations { get; }

    /// <summary>Gets a value indicating whether any diagnostic is an error (some text is not in the programme).</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == ImportSeverity.Error);

    /// <summary>Returns where in the .docx a diagnostic is.</summary>
    /// <param name="diagnostic">A diagnostic of this result.</param>
    /// <returns>Its location, or null for a diagnostic about the whole document (number 0).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="diagnostic"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The diagnostic's number is past the last account (it is not of this result).</exception>
    public DocxLocation? LocationOf(ImportDiagnostic diagnostic)
    {
        if (diagnostic is null)
        {
            throw new ArgumentNullException(nameof(diagnostic));
        }

        if (diagnostic.LineNumber > Locations.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(diagnostic), diagnostic.LineNumber, $"the diagnostic's number is past the last of the {Locations.Count} accounts of this document.");
        }

        return diagnostic.LineNumber == 0 ? null : Locations[diagnostic.LineNumber - 1];
    }
}
