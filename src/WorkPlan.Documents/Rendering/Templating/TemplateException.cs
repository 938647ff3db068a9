using System.Globalization;

namespace WorkPlan.Documents.Rendering.Templating;

/// <summary>
/// A template of the set is wrong: a Scriban syntax error, a runtime error (unknown variable, loop limit…), or
/// layout markup outside the vocabulary. The message starts with <c>file(line,col)</c> pointing into the partial's
/// own source, like a compiler error.
/// </summary>
/// <threadsafety>Instances are immutable.</threadsafety>
public sealed class TemplateException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="reason">What is wrong, without the location.</param>
    /// <param name="partialName">The partial at fault, or null when not known.</param>
    /// <param name="sourcePath">The file at fault as the set knows it (a full path for folder files), or null.</param>
    /// <param name="line">The 1-based line in that file, or 0 when unknown.</param>
    /// <param name="column">The 1-based column, or 0 when unknown.</param>
    /// <param name="innerException">The Scriban or layout exception behind it, or null.</param>
    public TemplateException(string reason, string? partialName, string? sourcePath, int line, int column, Exception? innerException = null)
        : base(Compose(reason, partialName, sourcePath, line, column), innerException)
    {
        Reason = reason;
        PartialName = partialName;
        SourcePath = sourcePath;
        Line = line;
        Column = column;
    }

    /// <summary>Gets what is wrong, without the location.</summary>
    public string Reason { get; }

    /// <summary>Gets the name of the partial at fault, e.g. "header", or null.</summary>
    public string? PartialName { get; }

    /// <summary>Gets the file at fault: the full path of a folder file, the file name otherwise; or null.</summary>
    public string? SourcePath { get; }

    /// <summary>Gets the 1-based line in <see cref="SourcePath"/>, or 0 when unknown.</summary>
    public int Line { get; }

    /// <summary>Gets the 1-based column in <see cref="Line"/>, or 0 when unknown.</summary>
    public int Column { get; }

    private static string Compose(string reason, string? partialName, string? sourcePath, int line, int column)
    {
        string where = sourcePath ?? (partialName is null ? "template" : TemplateSet.PartialFileName(partialName));
        if (line > 0)
        {
            where += "(" + line.ToString(CultureInfo.InvariantCulture) + "," + column.ToString(CultureInfo.InvariantCulture) + ")";
        }

        string partial = partialName is null ? string.Empty : " [partial '" + partialName + "']";
        return where + ": error" + partial + ": " + reason;
    }
}
