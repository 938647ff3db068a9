using System.Reflection;
using WorkPlan.Documents.Text;

namespace WorkPlan.Documents.Rendering.Templating;

/// <summary>
/// The files a renderer draws the document from: Scriban partials (<c>NAME.sbn-html</c>, entry point
/// <see cref="DocumentPartial"/>), the stylesheet and the schedule's column declaration
/// (<see cref="ColumnsFile"/>). A file is looked up by name in the in-memory overrides first, then in the override
/// folder, then in the base set (embedded resources or a folder).
/// </summary>
/// <remarks>
/// <para>
/// The default Nghị định 30 set is <c>Nd30Templates.Default</c> in the WorkPlan.Documents.Templates package; derive
/// from it with <see cref="WithOverrides"/>, <see cref="WithFolder"/>, <see cref="WithStyleSheet"/> and
/// <see cref="ExtendStyleSheet"/>. Each call returns a new set; the original is unchanged.
/// </para>
/// <para>
/// Folder files are read when a renderer first needs them and then cached by that renderer; create a new renderer
/// to pick up edits.
/// </para>
/// </remarks>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed class TemplateSet
{
    /// <summary>The partial a render starts from: "document" (file <c>document.sbn-html</c>).</summary>
    public const string DocumentPartial = "document";

    /// <summary>The extension of a partial's file: ".sbn-html" (Scriban producing the layout markup).</summary>
    public const string PartialExtension = ".sbn-html";

    /// <summary>The file declaring the schedule's columns: "schedule-columns.json".</summary>
    public const string ColumnsFile = "schedule-columns.json";

    private readonly ITemplateSource baseSource;
    private readonly FolderTemplateSource? folder;
    private readonly MemoryTemplateSource? memory;
    private readonly TemplateFile? styleSheetReplacement;
    private readonly IReadOnlyList<TemplateFile> styleSheetExtensions;

    private TemplateSet(
        string styleSheetName,
        ITemplateSource baseSource,
        FolderTemplateSource? folder,
        MemoryTemplateSource? memory,
        TemplateFile? styleSheetReplacement,
        IReadOnlyList<TemplateFile> styleSheetExtensions)
    {
        StyleSheetName = styleSheetName;
        this.baseSource = baseSource;
        this.folder = folder;
        this.memory = memory;
        this.styleSheetReplacement = styleSheetReplacement;
        this.styleSheetExtensions = styleSheetExtensions;
    }

    /// <summary>Gets the file name of the set's stylesheet, e.g. "nd30.css".</summary>
    public string StyleSheetName { get; }

    /// <summary>Creates a set from resources embedded in <paramref name="assembly"/>, named <c>{resourcePrefix}{fileName}</c>.</summary>
    /// <param name="assembly">The assembly holding the resources.</param>
    /// <param name="resourcePrefix">The resource name prefix, e.g. "WorkPlan.Documents.Templates.Nd30.".</param>
    /// <param name="styleSheetName">The stylesheet's file name within the set, e.g. "nd30.css".</param>
    /// <returns>The set.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="styleSheetName"/> is not a plain file name.</exception>
    public static TemplateSet FromEmbeddedResources(Assembly assembly, string resourcePrefix, string styleSheetName)
    {
        if (assembly is null)
        {
            throw new ArgumentNullException(nameof(assembly));
        }

        if (resourcePrefix is null)
        {
            throw new ArgumentNullException(nameof(resourcePrefix));
        }

        return new TemplateSet(CheckName(styleSheetName, nameof(styleSheetName)), new EmbeddedTemplateSource(assembly, resourcePrefix), null, null, null, []);
    }

    /// <summary>Creates a set whose every file comes from a folder (a complete template set of your own).</summary>
    /// <param name="path">The folder.</param>
    /// <param name="styleSheetName">The stylesheet's file name within the folder.</param>
    /// <returns>The set.</returns>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    /// <exception cref="UnauthorizedAccessException">A file in the folder is a symbolic link that leaves it (checked again whenever a file is read).</exception>
    public static TemplateSet FromFolder(string path, string styleSheetName) =>
        new(CheckName(styleSheetName, nameof(styleSheetName)), new FolderTemplateSource(CheckFolder(path)), null, null, null, []);

    /// <summary>
    /// Returns a set whose files named in <paramref name="files"/> (file name → text, e.g. "header.sbn-html",
    /// "schedule-columns.json", "nd30.css") replace the same-named files of this set. Later calls add to and
    /// replace the overrides of earlier ones.
    /// </summary>
    /// <param name="files">The files by name.</param>
    /// <returns>The new set.</returns>
    /// <exception cref="ArgumentException">A name is not a plain file name, or a text is null or holds characters XML cannot carry.</exception>
    public TemplateSet WithOverrides(IEnumerable<KeyValuePair<string, string>> files)
    {
        if (files is null)
        {
            throw new ArgumentNullException(nameof(files));
        }

        var merged = new Dictionary<string, string>(StringComparer.Ordinal);
        if (memory is not null)
        {
            foreach (KeyValuePair<string, string> pair in memory.Files)
            {
                merged[pair.Key] = pair.Value;
            }
        }

        foreach (KeyValuePair<string, string> pair in files)
        {
            string name = CheckName(pair.Key, "files");
            merged[name] = XmlSafeText.Normalize(pair.Value, $"files[\"{name}\"]");
        }

        return new TemplateSet(StyleSheetName, baseSource, folder, new MemoryTemplateSource(merged), styleSheetReplacement, styleSheetExtensions);
    }

    /// <summary>
    /// Returns a set in which files present in <paramref name="path"/> replace the same-named files of the base set
    /// (in-memory overrides still win). Replaces an override folder set before.
    /// </summary>
    /// <param name="path">The folder with the overriding files.</param>
    /// <returns>The new set.</returns>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    /// <exception cref="UnauthorizedAccessException">A file in the folder is a symbolic link that leaves it (checked again whenever a file is read).</exception>
    public TemplateSet WithFolder(string path) =>
        new(StyleSheetName, baseSource, new FolderTemplateSource(CheckFolder(path)), memory, styleSheetReplacement, styleSheetExtensions);

    /// <summary>Returns a set whose stylesheet is <paramref name="css"/> instead of the set's own (extensions are kept).</summary>
    /// <param name="css">The stylesheet text (the CSS subset of <see href="https://github.com/workplan-documents/WorkPlan.Documents/blob/main/docs/templates.md">docs/templates.md</see>).</param>
    /// <param name="sourceName">The name errors give for it, e.g. its file path.</param>
    /// <returns>The new set.</returns>
    public TemplateSet WithStyleSheet(string css, string sourceName) =>
        new(StyleSheetName, baseSource, folder, memory, StyleFile(css, sourceName), styleSheetExtensions);

    /// <summary>
    /// Returns a set whose stylesheet is extended by <paramref name="css"/>: its rules are applied after the set's own,
    /// so they win where both set a property. Extensions apply in the order added.
    /// </summary>
    /// <param name="css">The extending stylesheet text.</param>
    /// <param name="sourceName">The name errors give for it, e.g. its file path.</param>
    /// <returns>The new set.</returns>
    public TemplateSet ExtendStyleSheet(string css, string sourceName) =>
        new(StyleSheetName, baseSource, folder, memory, styleSheetReplacement, [.. styleSheetExtensions, StyleFile(css, sourceName)]);

    /// <summary>Gets a partial's file name: "header" → "header.sbn-html".</summary>
    internal static string PartialFileName(string partialName) => partialName + PartialExtension;

    /// <summary>Finds a file by name through the layers, or returns null.</summary>
    internal TemplateFile? Find(string fileName) =>
        memory?.TryLoad(fileName) ?? folder?.TryLoad(fileName) ?? baseSource.TryLoad(fileName);

    /// <summary>Gets the stylesheet files in application order: the base (or its replacement), then the extensions.</summary>
    /// <summary>The names of the files of the bottom layer (the embedded default set, or the folder a set was made from).</summary>
    internal IEnumerable<string> BaseFileNames() => baseSource.FileNames();

    /// <summary>The names of the files layered on top of the bottom layer (a folder, in-memory overrides), without repeats.</summary>
    internal IEnumerable<string> OverrideFileNames() =>
        (memory?.FileNames() ?? []).Concat(folder?.FileNames() ?? []).Distinct(StringComparer.Ordinal);

    internal IReadOnlyList<TemplateFile> StyleSheetFiles()
    {
        TemplateFile first = styleSheetReplacement
            ?? Find(StyleSheetName)
            ?? throw new TemplateException($"The template set has no stylesheet \"{StyleSheetName}\".", null, StyleSheetName, 0, 0);
        return [first, .. styleSheetExtensions];
    }

    /// <summary>Checks a partial name or file name: letters, digits, '-', '_' and '.', not starting with '.'.</summary>
    internal static bool IsPlainName(string name) =>
        name.Length > 0 && name[0] != '.' && name.All(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.') && !name.Contains("..");

    private static string CheckName(string name, string field)
    {
        if (name is null)
        {
            throw new ArgumentNullException(field);
        }

        if (!IsPlainName(name))
        {
            throw new ArgumentException(
                $"{field}: \"{name}\" is not a plain file name (letters, digits, '-', '_', '.'; no folders).", field);
        }

        return name;
    }

    private static string CheckFolder(string path)
    {
        if (path is null)
        {
            throw new ArgumentNullException(nameof(path));
        }

        string full = Path.GetFullPath(path);
        if (!Directory.Exists(full))
        {
            throw new DirectoryNotFoundException($"The template folder \"{full}\" does not exist.");
        }

        FolderLinks.CheckFolder(full);
        return full;
    }

    private static TemplateFile StyleFile(string css, string sourceName)
    {
        string name = XmlSafeText.NormalizeRequired(sourceName, nameof(sourceName));
        return new TemplateFile(name, XmlSafeText.Normalize(css, nameof(css)), name);
    }
}
