using System.Text.RegularExpressions;
using WorkPlan.Documents.Rendering.Templating;
using WorkPlan.Documents.Rendering.ViewModel;
using WorkPlan.Documents.Templates;
using WorkPlan.Documents.Tests.Infrastructure;

namespace WorkPlan.Documents.Tests.Rendering.Templating;

/// <summary>
/// A <c>{{ partial "x" }}</c> statement renders straight into the output; it must give the very text of the partial's
/// wrapped output written as a value, which <c>{{ raw (partial "x") }}</c> still does: Scriban's auto-indent applied
/// to the whole value, its line-start state and all.
/// </summary>
public class PartialInPlaceTests
{
    private static readonly ProgrammeViewModel Model = Renderers.Default.CreateViewModel(Samples.FullMonth());

    public static TheoryData<string> Cases => new()
    {
        "indents",
        "empty-after-line",
        "nested",
        "captures",
        "line-endings",
    };

    private static Dictionary<string, string> Files(string name) => name switch
    {
        "indents" => new()
        {
            ["document"] = "<document>\n  <a>\n    {{ partial \"two-lines\" }}\n\t\t{{ partial \"empty\" }}\n  x {{ partial \"no-eol\" }} y\n"
                + "{{ partial \"two-lines\" }}{{ partial \"two-lines\" }}\n  {{~ partial \"two-lines\" ~}}\n   {{- partial \"no-eol\" -}}   \n"
                + "    {{ if version == 1 }}\n      {{ partial \"two-lines\" }}\n    {{ end }}\n"
                + "    {{ for i in 1..2 }}x{{ partial \"two-lines\" }}y{{ end }}\n</document>\n",
        },
        "empty-after-line" => new()
        {
            ["document"] = "<document>\n    {{ \"z\\n\"; partial \"empty\" }}\n    {{ \"z\\n\"; partial \"two-lines\" }}\n"
                + "    {{ \"z\"; partial \"empty\" }}\n{{ partial \"empty\" }}\n    {{ partial \"blank-line\" }}\n  {{ partial \"ret\" }}\n</document>",
        },
        "nested" => new()
        {
            ["document"] = "<document>\n  {{ for i in 1..2 }}\n    {{ partial \"outer\" }}\n  {{ end }}\n    <b>{{ partial \"outer\" }}</b>\n</document>\n",
            ["outer"] = "  <o>\n    {{ partial \"inner\" }}\n      {{ partial \"no-eol\" }}\n  </o>\n",
            ["inner"] = "<i>\n\t{{ partial \"two-lines\" }}\n\t{{ partial \"empty\" }}</i>\n",
        },
        "captures" => new()
        {
            ["document"] = "<document>\n    {{ capture c }}\n      {{ partial \"two-lines\" }}\n{{ end }}{{ raw c }}\n"
                + "    {{ x = partial \"two-lines\" }}[{{ raw x }}]\n    {{ partial \"tail-capture\" }}\n    {{ partial \"tail-capture\" }}\n</document>\n",
            ["tail-capture"] = "<t>\n  {{ partial \"two-lines\" }}\n{{ capture q }}a\n{{ end }}",
        },
        "line-endings" => new()
        {
            ["document"] = "<document>\r\n    {{ partial \"crlf\" }}\r\n  \t{{ partial \"crlf\" }}\r\n</document>",
            ["crlf"] = "<c>\r\n  {{ partial \"two-lines\" }}\r\n\r\n</c>\r\n",
        },
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    private static readonly Dictionary<string, string> Common = new()
    {
        ["two-lines"] = "<p>1</p>\n  <p>2</p>\n",
        ["empty"] = string.Empty,
        ["no-eol"] = "<p>a</p>\n<p>b</p>",
        ["blank-line"] = "\n",
        ["ret"] = "<r>\n{{ ret \"<x>\" }}",
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_partial_statement_writes_what_the_partial_value_would(string name)
    {
        Dictionary<string, string> files = new(Common);
        foreach (KeyValuePair<string, string> file in Files(name))
        {
            files[file.Key] = file.Value;
        }

        string inPlace = Render(Nd30Templates.Default, files, asValues: false);
        string asValues = Render(Nd30Templates.Default, files, asValues: true);

        Assert.Equal(asValues, inPlace);
        Assert.Contains("<?partial-begin two-lines?>", inPlace, StringComparison.Ordinal);
    }

    [Fact]
    public void The_default_templates_write_what_their_partial_values_would()
    {
        Dictionary<string, string> files = Nd30Templates.FileNames
            .Where(f => f.EndsWith(TemplateSet.PartialExtension, StringComparison.Ordinal))
            .ToDictionary(f => f.Substring(0, f.Length - TemplateSet.PartialExtension.Length), Nd30Templates.ReadFile);

        Assert.Equal(Render(Nd30Templates.Default, files, asValues: true), Render(Nd30Templates.Default, files, asValues: false));
    }

    private static string Render(TemplateSet set, Dictionary<string, string> files, bool asValues)
    {
        IEnumerable<KeyValuePair<string, string>> overrides = files.Select(file => new KeyValuePair<string, string>(
            file.Key + TemplateSet.PartialExtension,
            asValues ? Regex.Replace(file.Value, "partial (\"[^\"]+\")", "raw (partial $1)") : file.Value));
        return new TemplateEngine(set.WithOverrides(overrides)).Render(Model, CancellationToken.None);
    }
}
