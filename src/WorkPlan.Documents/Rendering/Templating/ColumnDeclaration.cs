using System.Text;
using System.Text.Json;
using WorkPlan.Documents.Rendering.ViewModel;
using WorkPlan.Documents.Utility;

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

    private static readonly JsonReaderOptions ReaderOptions = new()
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
            (int line, int column) = e.LineNumber is { } lineNumber
                ? LineIndex.OfUtf8(Encoding.UTF8.GetBytes(file.Text)).PositionInLine(lineNumber, e.BytePositionInLine ?? 0)
                : (0, 0);
            throw new TemplateException("the column declaration is not valid JSON: " + e.Message, null, file.SourcePath, line, column, e);
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
                    // The column names the field it refuses ("column.width"): the path goes down to its value.
                    throw Error(file, path + FieldOf(e.ParamName), ArgumentMessage.Of(e));
                }

                index++;
            }

            try
            {
                return ScheduleColumn.CheckList(list, "columns");
            }
            catch (ArgumentException e)
            {
                // The list names the column at fault ("columns[2]") or the list itself ("columns").
                throw Error(file, "$." + (e.ParamName ?? "columns"), ArgumentMessage.Of(e));
            }
        }
    }

    private static string Text(TemplateFile file, JsonElement column, string path, string property)
    {
        if (column.ValueKind != JsonValueKind.Object || !column.TryGetProperty(property, out JsonElement value) || value.ValueKind != JsonValueKind.String)
        {
            throw Error(file, path, $"each column needs a string \"{property}\"");
        }

        try
        {
            return value.GetString()!;
        }
        catch (InvalidOperationException)
        {
            // System.Text.Json parses an escaped half surrogate ("\udc00") and only refuses it when the string is read.
            throw Error(file, path + "." + property, "the text holds an escaped half surrogate (\\uD800–\\uDFFF without its pair), which is not Unicode text");
        }
    }

    /// <summary>".width" for "column.width".</summary>
    private static string FieldOf(string? paramName) =>
        paramName is { } name && name.StartsWith("column.", StringComparison.Ordinal) ? name.Substring("column".Length) : string.Empty;

    /// <summary>An error at the value at <paramref name="path"/> (or the nearest enclosing one the file has), with its line and column.</summary>
    private static TemplateException Error(TemplateFile file, string path, string reason)
    {
        byte[] utf8 = Encoding.UTF8.GetBytes(file.Text);
        (int line, int column) = JsonPathWalker.Find(utf8, ReaderOptions, path) is (_, long offset)
            ? LineIndex.OfUtf8(utf8).PositionOf((int)offset)
            : (0, 0);
        return new TemplateException(reason + " (at " + path + ")", null, file.SourcePath, line, column);
    }
}
