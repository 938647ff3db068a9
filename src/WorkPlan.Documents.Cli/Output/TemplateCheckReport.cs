using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using WorkPlan.Documents.Rendering.TemplateChecking;

namespace WorkPlan.Documents.Cli.Output;

/// <summary>
/// Prints the template checker's diagnostics for <c>templates check</c> and <c>render</c>: as compilers print them
/// (<c>Templates/signature.sbn-html(9,37): error WPT0003: …</c>, the line <c>dotnet build</c> shows for the same
/// mistake) or as a JSON report for tools.
/// </summary>
internal static class TemplateCheckReport
{
    /// <summary>The path to show for a diagnostic's file: inside the template folder when the file is one of its files.</summary>
    /// <param name="diagnostic">The diagnostic.</param>
    /// <param name="folder">The template folder, or null.</param>
    /// <returns>The folder's path joined to the file's name, or the name alone for a file of the default set.</returns>
    public static string PathOf(TemplateDiagnostic diagnostic, string? folder)
    {
        if (folder is null || Path.IsPathRooted(diagnostic.File))
        {
            return diagnostic.File;
        }

        string inFolder = Path.Combine(folder, diagnostic.File);
        return File.Exists(inFolder) ? inFolder : diagnostic.File;
    }

    /// <summary>One line per diagnostic.</summary>
    /// <param name="diagnostic">The diagnostic.</param>
    /// <param name="folder">The template folder, or null.</param>
    /// <returns>The line, without a position when the diagnostic concerns the whole file.</returns>
    public static string Line(TemplateDiagnostic diagnostic, string? folder) => Diagnostics.Format(
        PathOf(diagnostic, folder),
        diagnostic.Line == 0 ? null : diagnostic.Line,
        diagnostic.Line == 0 ? null : diagnostic.Column,
        diagnostic.SeverityKeyword + " " + diagnostic.Id,
        diagnostic.Message);

    /// <summary>The closing line: how many of each severity.</summary>
    /// <param name="result">The checker's result.</param>
    /// <returns>The summary line.</returns>
    public static string Summary(TemplateCheckResult result) =>
        Localization.CliText.Summary(Count(result, TemplateDiagnosticSeverity.Error), Count(result, TemplateDiagnosticSeverity.Warning), Count(result, TemplateDiagnosticSeverity.Info));

    /// <summary>The JSON report (documented in <see href="https://github.com/workplan-documents/WorkPlan.Documents/blob/main/docs/cli.md">docs/cli.md</see>).</summary>
    /// <param name="result">The checker's result.</param>
    /// <param name="folder">The template folder, or null for the default set.</param>
    /// <returns>The report, indented, ending with a line break.</returns>
    public static string Json(TemplateCheckResult result, string? folder)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            if (folder is null)
            {
                json.WriteNull("folder");
            }
            else
            {
                json.WriteString("folder", folder);
            }

            json.WriteNumber("errors", Count(result, TemplateDiagnosticSeverity.Error));
            json.WriteNumber("warnings", Count(result, TemplateDiagnosticSeverity.Warning));
            json.WriteNumber("information", Count(result, TemplateDiagnosticSeverity.Info));
            json.WriteStartArray("diagnostics");
            foreach (TemplateDiagnostic diagnostic in result.Diagnostics)
            {
                json.WriteStartObject();
                json.WriteString("id", diagnostic.Id);
                json.WriteString("title", diagnostic.Descriptor.Title);
                json.WriteString("severity", diagnostic.SeverityKeyword);
                json.WriteString("file", diagnostic.File);
                json.WriteString("path", PathOf(diagnostic, folder));
                json.WriteNumber("line", diagnostic.Line);
                json.WriteNumber("column", diagnostic.Column);
                json.WriteNumber("endLine", diagnostic.EndLine);
                json.WriteNumber("endColumn", diagnostic.EndColumn);
                json.WriteString("message", diagnostic.Message);
                json.WriteString("helpLink", diagnostic.HelpLink);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static int Count(TemplateCheckResult result, TemplateDiagnosticSeverity severity) =>
        result.Diagnostics.Count(d => d.Severity == severity);
}
