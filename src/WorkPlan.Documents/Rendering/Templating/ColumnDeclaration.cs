using System.Text.Json;
using WorkPlan.Documents.Rendering.ViewModel;

namespace WorkPlan.Documents.Rendering.Templating;

/// <summary>
/// Reads a template set's column declaration (<c>schedule-columns.json</c>):
/// <c>{ "columns": [ { "field": "content", "heading": "NỘI DUNG CÔNG VIỆC", "width": "46%" }, … ] }</c>.
/// </summary>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
internal static class ColumnDeclaration
{
    private static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
    };

    /// <summary>Parses and checks the declaration.</summary>
    /// <param name="file">The declaration file.</param>
    /// <returns>The columns in order.</returns>
    /// <exception cref="TemplateException">The JSON is malformed, or a column is missing or invalid; the message names the file, the line or the JSON path.</exception>
    public static IReadOnlyList<ScheduleColumn> Parse(TemplateFile file)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(file.Text, Options);
        }
        catch (JsonException e)
        {
            throw new TemplateException(
                "the column declaration is not valid JSON: " + e.Message,
                null,
                file.SourcePath,
                (int)(e.LineNumber ?? -1) + 1,
                (int)(e.BytePositionInLine ?? -1) + 1,
                e);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("columns", out JsonElement columns)
                || columns.ValueKind != JsonValueKind.Array)
            {
                throw Error(file, "$", "the declaration must be an object with a \"columns\" array");
            }

            var list = new List<ScheduleColumn>();
            int index = 0;
            foreach (JsonElement column in columns.EnumerateArray())
            {
                string path = $"$.columns[{index}]";
                try
                {
                    list.Add(new ScheduleColumn(Text(file, column, path, "field"), Text(file, column, path, "heading"), Text(file, column, path, "width")));
                }
                catch (ArgumentException e)
                {
                    throw Error(file, path, e.Message);
                }

                index++;
            }

            try
            {
                return ScheduleColumn.CheckList(list, "columns");
            }
            catch (ArgumentException e)
            {
                throw Error(file, "$.columns", e.Message);
            }
        }
    }

    private static string Text(TemplateFile file, JsonElement column, string path, string property) =>
        column.ValueKind == JsonValueKind.Object && column.TryGetProperty(property, out JsonElement value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw Error(file, path, $"each column needs a string \"{property}\"");

    private static TemplateException Error(TemplateFile file, string path, string reason) =>
        new(reason + " (at " + path + ")", null, file.SourcePath, 0, 0);
}
