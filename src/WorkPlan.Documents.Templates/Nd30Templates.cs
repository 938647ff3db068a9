using WorkPlan.Documents.Rendering;
using WorkPlan.Documents.Rendering.Templating;
using WorkPlan.Documents.Rendering.ViewModel;

namespace WorkPlan.Documents.Templates;

/// <summary>
/// The default template set: the work programme laid out to Nghị định 30/2020/NĐ-CP (header block, title, focus
/// tasks, schedule table, signature, Nơi nhận, page numbers), written against view model version
/// <see cref="ViewModelVersion"/>.
/// </summary>
/// <remarks>
/// <para>
/// The set's files are embedded resources, each readable on its own: one Scriban partial per part of the document
/// (<c>document</c>, <c>page-header</c>, <c>header</c>, <c>title</c>, <c>focus-tasks</c>, <c>schedule</c>,
/// <c>schedule-table</c>, <c>annex</c>, <c>closing</c>, <c>recipients</c>, <c>signature</c>; files
/// <c>NAME.sbn-html</c>), the stylesheet <see cref="StyleSheetName"/> and <c>schedule-columns.json</c>.
/// Use <see cref="FileNames"/> and <see cref="ReadFile"/> to copy them into a folder as the start of an override.
/// </para>
/// <para>
/// This package depends on WorkPlan.Documents, which defines <see cref="TemplateSet"/> and the renderer; the core
/// library never depends on this package, so an application with its own templates does not need it.
/// </para>
/// </remarks>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
public static class Nd30Templates
{
    /// <summary>
    /// The view model version these templates are written against: <see cref="ProgrammeViewModel.CurrentVersion"/>,
    /// the version of the core library they ship with (the one place the number is kept).
    /// </summary>
    public const int ViewModelVersion = ProgrammeViewModel.CurrentVersion;

    /// <summary>The file name of the set's stylesheet: "nd30.css".</summary>
    public const string StyleSheetName = "nd30.css";

    private const string ResourcePrefix = "WorkPlan.Documents.Templates.Nd30.";

    /// <summary>Gets the default set. Derive overrides from it with <see cref="TemplateSet.WithOverrides"/> and friends.</summary>
    public static TemplateSet Default { get; } =
        TemplateSet.FromEmbeddedResources(typeof(Nd30Templates).Assembly, ResourcePrefix, StyleSheetName);

    /// <summary>Gets the names of the set's files, in ordinal order, e.g. "header.sbn-html", "nd30.css".</summary>
    public static IReadOnlyList<string> FileNames { get; } = typeof(Nd30Templates).Assembly.GetManifestResourceNames()
        .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal))
        .Select(name => name.Substring(ResourcePrefix.Length))
        .OrderBy(name => name, StringComparer.Ordinal)
        .ToList()
        .AsReadOnly();

    /// <summary>Reads one file of the set.</summary>
    /// <param name="fileName">A name from <see cref="FileNames"/>.</param>
    /// <returns>The file's text.</returns>
    /// <exception cref="ArgumentException">The set has no such file.</exception>
    public static string ReadFile(string fileName)
    {
        if (fileName is null)
        {
            throw new ArgumentNullException(nameof(fileName));
        }

        using Stream stream = typeof(Nd30Templates).Assembly.GetManifestResourceStream(ResourcePrefix + fileName)
            ?? throw new ArgumentException($"The default template set has no file \"{fileName}\" (see Nd30Templates.FileNames).", nameof(fileName));
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>Creates a renderer with the default set.</summary>
    /// <param name="clock">The clock that dates the .docx core properties; null for the system clock.</param>
    /// <returns>A renderer; share it, it is thread-safe.</returns>
    public static WorkProgrammeRenderer CreateRenderer(NodaTime.IClock? clock = null) => new(Default, clock);
}
