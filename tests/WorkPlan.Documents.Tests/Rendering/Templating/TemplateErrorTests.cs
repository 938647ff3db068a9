using WorkPlan.Documents.Rendering;
using WorkPlan.Documents.Rendering.Styling;
using WorkPlan.Documents.Rendering.Templating;
using WorkPlan.Documents.Templates;
using WorkPlan.Documents.Tests.Infrastructure;

namespace WorkPlan.Documents.Tests.Rendering.Templating;

/// <summary>Every template error names the file and the line (and column) in the partial's own source.</summary>
public sealed class TemplateErrorTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "template-errors-" + Guid.NewGuid().ToString("N"));

    public TemplateErrorTests() => Directory.CreateDirectory(folder);

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static TemplateException RenderFails(WorkProgrammeRenderer renderer) =>
        Assert.Throws<TemplateException>(() => renderer.RenderLayout(Samples.Minimal(), null, default));

    [Fact]
    public void A_scriban_syntax_error_names_the_partial_line_and_column()
    {
        var renderer = Renderers.WithOverrides(("title.sbn-html", "<p class=\"document-type\">{{ document_type }}</p>\n<p class=\"abstract\">{{ if }}</p>\n"));

        TemplateException error = RenderFails(renderer);

        Assert.Equal("title", error.PartialName);
        Assert.Equal("title.sbn-html", error.SourcePath);
        Assert.Equal(2, error.Line);
        Assert.Equal(27, error.Column);
        Assert.StartsWith("title.sbn-html(2,27): error [partial 'title']: ", error.Message, StringComparison.Ordinal);
        Assert.Contains("if", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_variable_names_the_partial_and_line()
    {
        var renderer = Renderers.WithOverrides(("signature.sbn-html", "<p class=\"signature-title\">{{ signature.signer_title }}</p>\n\n<p class=\"signer-name\">{{ signer_nme }}</p>\n"));

        TemplateException error = RenderFails(renderer);

        Assert.Equal("signature", error.PartialName);
        Assert.Equal(3, error.Line);
        Assert.Equal(27, error.Column);
        Assert.Contains("signer_nme", error.Message, StringComparison.Ordinal);
        Assert.StartsWith("signature.sbn-html(3,27)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_member_is_an_error_too_no_relaxed_member_access()
    {
        var renderer = Renderers.WithOverrides(("title.sbn-html", "<p class=\"abstract\">{{ header.no_such_member }}</p>\n"));

        TemplateException error = RenderFails(renderer);

        Assert.Equal((1, "title"), (error.Line, error.PartialName));
        Assert.Contains("no_such_member", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_markup_element_is_mapped_to_the_partial_line()
    {
        var renderer = Renderers.WithOverrides(("title.sbn-html",
            "{{~ ## a comment line ## ~}}\n<p class=\"document-type\">{{ document_type }}</p>\n  <blink>{{ abstract }}</blink>\n"));

        TemplateException error = RenderFails(renderer);

        Assert.Equal("title", error.PartialName);
        Assert.Equal(3, error.Line);
        Assert.Equal(3, error.Column);
        Assert.Contains("<blink>", error.Message, StringComparison.Ordinal);
        Assert.StartsWith("title.sbn-html(3,3)", error.Message, StringComparison.Ordinal);
        Assert.IsType<WorkPlan.Documents.Rendering.Layout.LayoutMarkupException>(error.InnerException);
    }

    [Fact]
    public void A_bad_attribute_is_mapped_to_its_line_in_the_partial()
    {
        var renderer = Renderers.WithOverrides(("title.sbn-html",
            "<p class=\"document-type\">{{ document_type }}</p>\n<p id=\"abstract\" class=\"abstract\"\n   align=\"center\">{{ abstract }}</p>\n"));

        TemplateException error = RenderFails(renderer);

        Assert.Equal((3, 4), (error.Line, error.Column));
        Assert.Contains("'align'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_partial_from_a_folder_is_named_by_its_full_path()
    {
        string path = Path.Combine(folder, "recipients.sbn-html");
        File.WriteAllText(path, "<p class=\"recipients-label\">{{ recipients.label }}</p>\n{{ for line in recipients.lines }}\n<p class=\"recipient\">{{ line }\n{{ end }}\n");
        var renderer = new WorkProgrammeRenderer(Nd30Templates.Default.WithFolder(folder));

        TemplateException error = RenderFails(renderer);

        Assert.Equal(path, error.SourcePath);
        Assert.Equal(3, error.Line);
        Assert.StartsWith(path + "(3,", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Calling_a_partial_that_does_not_exist_is_reported_at_the_call()
    {
        var renderer = Renderers.WithOverrides(("closing.sbn-html", "<p class=\"body-text\">x</p>\n{{ partial \"signatur\" }}\n"));

        TemplateException error = RenderFails(renderer);

        Assert.Equal(("closing", 2), (error.PartialName, error.Line));
        Assert.Contains("no partial \"signatur\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_partial_that_includes_itself_stops_at_the_recursion_limit()
    {
        var renderer = Renderers.WithOverrides(("title.sbn-html", "<p class=\"abstract\">x</p>{{ partial \"title\" }}"));

        TemplateException error = RenderFails(renderer);

        Assert.Equal("title", error.PartialName);
        Assert.Contains("recursive", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_stylesheet_property_outside_the_subset_names_the_file_and_line()
    {
        var renderer = new WorkProgrammeRenderer(Nd30Templates.Default.ExtendStyleSheet(
            ".abstract { font-weight: bold; }\n.motto {\n  font-size: 14pt;\n  float: left;\n}\n",
            "custom.css"));

        StyleSheetException error = Assert.Throws<StyleSheetException>(() => renderer.RenderLayout(Samples.Minimal(), null, default));

        Assert.Equal("custom.css", error.SourceName);
        Assert.Equal(4, error.Line);
        Assert.Contains("float", error.Message, StringComparison.Ordinal);
        Assert.Contains("custom.css", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_invalid_column_declaration_names_the_file_and_the_json_path_or_line()
    {
        var missingWidth = Renderers.WithOverrides(("schedule-columns.json", "{ \"columns\": [ { \"field\": \"content\", \"heading\": \"NỘI DUNG\" } ] }"));
        var malformed = Renderers.WithOverrides(("schedule-columns.json", "{\n  \"columns\": [\n    { \"field\": \"content\" \"heading\": \"X\" }\n  ]\n}"));

        TemplateException first = RenderFails(missingWidth);
        TemplateException second = RenderFails(malformed);

        Assert.Contains("\"width\"", first.Message, StringComparison.Ordinal);
        Assert.Contains("$.columns[0]", first.Message, StringComparison.Ordinal);
        Assert.StartsWith("schedule-columns.json(3,", second.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_syntax_error_is_reported_on_every_render()
    {
        var renderer = Renderers.WithOverrides(("title.sbn-html", "{{ for }}"));

        Assert.Equal(RenderFails(renderer).Message, RenderFails(renderer).Message);
    }
}
