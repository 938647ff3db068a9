namespace WorkPlan.Documents.Rendering.TemplateChecking;

/// <summary>One finding of the markup and style analyses (WPT0020–WPT0025, WPT0100), before the checker turns it into a diagnostic.</summary>
/// <param name="Id">The stable id, e.g. "WPT0020".</param>
/// <param name="Level">How serious it is.</param>
/// <param name="File">The file it is in, as the set names it (e.g. "signature.sbn-html", "nd30.css").</param>
/// <param name="Line">The 1-based line.</param>
/// <param name="Column">The 1-based column.</param>
/// <param name="Message">What is wrong, and what would fix it.</param>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
internal readonly record struct StyleFinding(string Id, FindingLevel Level, string File, int Line, int Column, string Message)
{
    /// <summary>Returns the finding as <c>file(line,col): level ID: message</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{File}({Line},{Column}): {Level.ToString().ToLowerInvariant()} {Id}: {Message}";
}
