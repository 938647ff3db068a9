using System.Globalization;
using System.Text;
using System.Text.Json;
using WorkPlan.Documents.Rendering.Templating;
using WorkPlan.Documents.Rendering.ViewModel;
using WorkPlan.Documents.Utility;

namespace WorkPlan.Documents.Rendering.TemplateChecking;

/// <summary>
/// WPT0040–WPT0043: <c>schedule-columns.json</c> against its schema (docs/schedule-columns.schema.json). What the
/// render refuses is reported with the render's own message and position (WPT0040); besides, a key the declaration
/// does not know (WPT0042), a field that is a near miss of a schedule field (<c>"locaton"</c>, WPT0041: an extra
/// entry field may have any name, so only a near miss is taken for a typo), and percentage widths that do not add up
/// to 100 % (WPT0043), each at its place in the JSON.
/// </summary>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
internal sealed class ColumnsCheck : ITemplateCheck
{
    private static readonly string[] RootKeys = ["columns"];
    private static readonly string[] ColumnKeys = ["field", "heading", "width"];
    private static readonly string[] StandardFields =
    [
        ScheduleColumn.DayField, ScheduleColumn.ContentField, ScheduleColumn.PreparingUnitField,
        ScheduleColumn.LeadersField, ScheduleColumn.LocationField, ScheduleColumn.StartTimeField,
    ];

    private static readonly JsonReaderOptions ReaderOptions = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    /// <inheritdoc/>
    public void Run(TemplateCheckContext context)
    {
        if (context.ColumnsFile is not { } file)
        {
            return;
        }

        try
        {
            _ = ColumnDeclaration.Parse(new TemplateFile(file.Name, file.Text, file.Name));
        }
        catch (TemplateException e)
        {
            context.Report(TemplateDiagnosticDescriptors.ColumnsInvalid, e.Reason, file, e.Line, e.Column);
            if (e.InnerException is JsonException)
            {
                return; // Not JSON: nothing more to read.
            }
        }

        byte[] utf8 = Encoding.UTF8.GetBytes(file.Text);
        LineIndex lines = LineIndex.OfUtf8(utf8);
        using JsonDocument document = JsonDocument.Parse(file.Text, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        UnknownKeys(context, file, utf8, lines, document.RootElement, "$", RootKeys);
        if (!document.RootElement.TryGetProperty("columns", out JsonElement columns) || columns.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        decimal percent = 0;
        bool allPercent = true;
        int index = 0;
        foreach (JsonElement column in columns.EnumerateArray())
        {
            string path = "$.columns[" + index.ToString(CultureInfo.InvariantCulture) + "]";
            if (column.ValueKind == JsonValueKind.Object)
            {
                UnknownKeys(context, file, utf8, lines, column, path, ColumnKeys);
                if (column.TryGetProperty("field", out JsonElement field) && field.ValueKind == JsonValueKind.String
                    && field.GetString() is { } name && Array.IndexOf(StandardFields, name) < 0
                    && NearestName.Find(name, StandardFields) is { } nearest)
                {
                    Report(context, file, utf8, lines, TemplateDiagnosticDescriptors.ColumnsUnknownField, path + ".field",
                        "\"" + name + "\" is not a schedule field (and no entry's extra field is likely to be meant); did you mean \"" + nearest + "\"?");
                }

                if (column.TryGetProperty("width", out JsonElement width) && width.ValueKind == JsonValueKind.String
                    && width.GetString() is { } text && text.Length > 1 && text[text.Length - 1] == '%'
                    && decimal.TryParse(text.Remove(text.Length - 1), NumberStyles.Number, CultureInfo.InvariantCulture, out decimal value))
                {
                    percent += value;
                }
                else
                {
                    allPercent = false;
                }
            }

            index++;
        }

        if (allPercent && index > 0 && percent != 100)
        {
            Report(context, file, utf8, lines, TemplateDiagnosticDescriptors.ColumnsWidths, "$.columns",
                "the column widths add up to " + percent.ToString(CultureInfo.InvariantCulture) + " %, not 100 %: the table would "
                + (percent > 100 ? "run past the margin" : "not fill the text width"));
        }
    }

    private static void UnknownKeys(TemplateCheckContext context, CheckedFile file, byte[] utf8, LineIndex lines, JsonElement element, string path, string[] known)
    {
        foreach (JsonProperty property in element.EnumerateObject())
        {
            if (Array.IndexOf(known, property.Name) < 0)
            {
                Report(context, file, utf8, lines, TemplateDiagnosticDescriptors.ColumnsUnknownKey, path + "." + property.Name,
                    "\"" + property.Name + "\" is not a key of " + (path == "$" ? "the declaration" : "a column") + " (known: " + string.Join(", ", known) + ")"
                    + NearestName.Suggest(property.Name, known));
            }
        }
    }

    private static void Report(TemplateCheckContext context, CheckedFile file, byte[] utf8, LineIndex lines, TemplateDiagnosticDescriptor descriptor, string path, string message)
    {
        (int line, int column) = JsonPathWalker.Find(utf8, ReaderOptions, path) is (_, long offset) ? lines.PositionOf((int)offset) : (1, 1);
        context.Report(descriptor, message + " (at " + path + ")", file, line, column);
    }
}
