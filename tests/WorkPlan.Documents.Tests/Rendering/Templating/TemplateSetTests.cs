using System.Reflection;
using Scriban.Runtime;
using WorkPlan.Documents.Rendering.Templating;
using WorkPlan.Documents.Rendering.ViewModel;
using WorkPlan.Documents.Templates;
using WorkPlan.Documents.Tests.Infrastructure;

namespace WorkPlan.Documents.Tests.Rendering.Templating;

public sealed class TemplateSetTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "template-set-" + Guid.NewGuid().ToString("N"));

    public TemplateSetTests() => Directory.CreateDirectory(folder);

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Files_are_found_in_memory_first_then_in_the_folder_then_in_the_base_set()
    {
        File.WriteAllText(Path.Combine(folder, "title.sbn-html"), "folder title");
        File.WriteAllText(Path.Combine(folder, "header.sbn-html"), "folder header");
        TemplateSet set = Nd30Templates.Default
            .WithOverrides([new("title.sbn-html", "memory title")])
            .WithFolder(folder);

        Assert.Equal("memory title", set.Find("title.sbn-html")!.Text);
        Assert.Equal("folder header", set.Find("header.sbn-html")!.Text);
        Assert.Equal(Path.Combine(folder, "header.sbn-html"), set.Find("header.sbn-html")!.SourcePath);
        Assert.Equal(Nd30Templates.ReadFile("signature.sbn-html"), set.Find("signature.sbn-html")!.Text);
        Assert.Null(set.Find("nothing.sbn-html"));
        Assert.Equal(Nd30Templates.ReadFile("title.sbn-html"), Nd30Templates.Default.Find("title.sbn-html")!.Text);
    }

    [Fact]
    public void Later_overrides_replace_earlier_ones_and_stylesheets_extend_in_order()
    {
        TemplateSet set = Nd30Templates.Default
            .WithOverrides([new("title.sbn-html", "first"), new("annex.sbn-html", "annex")])
            .WithOverrides([new("title.sbn-html", "second")])
            .ExtendStyleSheet(".a { font-size: 12pt; }", "one.css")
            .ExtendStyleSheet(".b { font-size: 12pt; }", "two.css");

        Assert.Equal("second", set.Find("title.sbn-html")!.Text);
        Assert.Equal("annex", set.Find("annex.sbn-html")!.Text);
        Assert.Equal(["nd30.css", "one.css", "two.css"], set.StyleSheetFiles().Select(f => f.SourcePath));
        Assert.Equal(["mine.css", "one.css"], Nd30Templates.Default.ExtendStyleSheet("", "one.css").WithStyleSheet("", "mine.css").StyleSheetFiles().Select(f => f.SourcePath));
    }

    [Theory]
    [InlineData("../header.sbn-html")]
    [InlineData("sub/header.sbn-html")]
    [InlineData(".hidden")]
    [InlineData("")]
    public void Override_names_are_plain_file_names(string name)
    {
        var error = Assert.Throws<ArgumentException>(() => Nd30Templates.Default.WithOverrides([new(name, "x")]));
        Assert.Contains("plain file name", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_default_files_copied_to_a_folder_make_a_complete_set_that_renders_the_same()
    {
        foreach (string file in Nd30Templates.FileNames)
        {
            File.WriteAllText(Path.Combine(folder, file), Nd30Templates.ReadFile(file));
        }

        var fromFolder = new WorkPlan.Documents.Rendering.WorkProgrammeRenderer(TemplateSet.FromFolder(folder, Nd30Templates.StyleSheetName));

        Assert.Equal(Renderers.Default.RenderHtml(Samples.FullMonth()), fromFolder.RenderHtml(Samples.FullMonth()));
    }

    [Fact]
    public void A_missing_folder_is_an_error_naming_it()
    {
        string missing = Path.Combine(folder, "missing");

        Assert.Contains(missing, Assert.Throws<DirectoryNotFoundException>(() => Nd30Templates.Default.WithFolder(missing)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_default_set_has_one_partial_per_part_each_parsing_on_its_own()
    {
        Assert.Equal(
            [
                "annex.sbn-html", "closing.sbn-html", "document.sbn-html", "focus-tasks.sbn-html", "header.sbn-html", "nd30.css",
                "page-header.sbn-html", "recipients.sbn-html", "schedule-columns.json", "schedule-table.sbn-html",
                "schedule.sbn-html", "signature.sbn-html", "title.sbn-html",
            ],
            Nd30Templates.FileNames);
        var engine = new TemplateEngine(Nd30Templates.Default);
        foreach (string file in Nd30Templates.FileNames.Where(f => f.EndsWith(TemplateSet.PartialExtension, StringComparison.Ordinal)))
        {
            Assert.NotNull(engine.Partials.Find(file.Substring(0, file.Length - TemplateSet.PartialExtension.Length)));
        }

        Assert.Throws<ArgumentException>(() => Nd30Templates.ReadFile("missing.css"));
    }

    [Fact]
    public void Every_view_model_property_has_its_snake_case_name_in_the_script_model()
    {
        ProgrammeViewModel model = Renderers.Default.CreateViewModel(Samples.FullMonth());
        ScriptObject root = ScriptModel.Create(model);
        var checkedTypes = new HashSet<Type>();

        Check(model, root, checkedTypes);

        Assert.Equal(12, checkedTypes.Count);
    }

    private static void Check(object view, ScriptObject script, HashSet<Type> checkedTypes)
    {
        checkedTypes.Add(view.GetType());
        foreach (PropertyInfo property in view.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            string name = string.Concat(property.Name.Select((c, i) => char.IsUpper(c) ? (i > 0 ? "_" : string.Empty) + char.ToLowerInvariant(c) : c.ToString()));
            name = name == "language" ? "lang" : name;
            Assert.True(script.ContainsKey(name), $"{view.GetType().Name}.{property.Name} has no script member \"{name}\".");
            object? value = property.GetValue(view);
            if (value is not null && value.GetType().Namespace == typeof(ProgrammeViewModel).Namespace)
            {
                Check(value, (ScriptObject)script[name]!, checkedTypes);
            }
            else if (value is System.Collections.IEnumerable list and not string && script[name] is ScriptArray array)
            {
                object[] items = list.Cast<object>().ToArray();
                for (int i = 0; i < items.Length; i++)
                {
                    if (items[i].GetType().Namespace == typeof(ProgrammeViewModel).Namespace)
                    {
                        Check(items[i], (ScriptObject)array[i]!, checkedTypes);
                    }
                }
            }
        }
    }
}
