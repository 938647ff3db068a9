using System.Text;
using CsCheck;
using WorkPlan.Documents.Templates;

namespace WorkPlan.Documents.Cli.Tests.Fuzz;

/// <summary>
/// A default partial broken: a snippet inserted at any position (Scriban syntax errors, unknown members and functions,
/// missing or recursive partials, division by zero, bounded loops, markup the layout reader refuses, absurd attribute
/// values), the text replaced, or its bytes damaged.
/// </summary>
public static class TemplateDamage
{
    /// <summary>The partials of the default set.</summary>
    public static IReadOnlyList<string> PartialNames { get; } = Nd30Templates.FileNames.Where(n => n.EndsWith(".sbn-html", StringComparison.Ordinal)).ToList();

    /// <summary>
    /// Snippets that break a partial. Loops that only the engine's loop limit (1,000,000 iterations) stops are left
    /// out: the library has no render-time budget yet to make them cheap, and each costs about a second of CPU
    /// (<c>{{ while true }}{{ end }}</c> in header.sbn-html: exit 4 after 1.2 s). Add them with a tiny budget once
    /// the render-time budget of issue 14 exists.
    /// </summary>
    public static IReadOnlyList<string> Snippets { get; } =
    [
        "{{ end }}", "{{ if }}", "{{ if true }}", "{{ for }}", "{{", "}}", "{{ ( }}", "{{ \"unterminated }}", "{{ header.nope.deeper }}", "{{ nope() }}", "{{ header.number_line.nope }}",
        "{{ schedule.days[100000].rows }}", "{{ include 'missing' }}", "{{ partial \"missing\" }}", "{{ partial \"header\" }}", "{{ partial \"document\" }}", "{{ partial }}", "{{ partial 42 }}",
        "{{ 1 / 0 }}", "{{ 1 % 0 }}", "{{ 2147483647 + 1 }}", "{{ 1e308 * 10 }}", "{{ 'x' | string.repeat 100000 }}", "{{ for i in 1..2000 }}<p>{{ i }}</p>{{ end }}",
        "{{ func f; ret f; end; f }}", "{{ capture x }}", "{{ import 'x' }}", "{{ date.now }}", "{{ this }}", "{{ $ }}", "{{ raw '<p>' }}", "{{ raw }}", "{{ raw 42 }}",
        "{{ x = {} ; x.a = x ; x }}", "{{ [1,2,3][5] }}", "{{ null.x }}", "{{ array.size null }}", "{{ string.slice 'abc' -5 }}", "{{ math.round 1.5 99 }}",
        "<table><tr>", "<p>", "</td>", "</document>", "<blink>x</blink>", "<p class=\"nope\">x</p>", "<p class=\"\">x</p>", "<col width=\"-5%\"/>", "<col width=\"1e99%\"/>",
        "<td rowspan=\"0\"><p>x</p></td>", "<td colspan=\"100000\"><p>x</p></td>", "<rule length=\"9e99\" of=\"#nope\"/>", "<rule length=\"-1\"/>", "<section page-size=\"A0\">",
        "<br/><br/>", "&nbsp;", "&#0;", "&#xD800;", "<![CDATA[x]]>", "<!-- x", "<?xml version=\"1.0\"?>", "<p id=\"agency-name\">dup</p>", "<page-break/>", "<page-number/>",
        "<table width=\"1000%\"><tr><td><p>x</p></td></tr></table>", "<list><item><p>x</p></item></list>", "<p style=\"color:red\">x</p>", "<p keep-with-next=\"maybe\">x</p>",
    ];

    /// <summary>One partial: its file name, its damaged text as bytes, and what was done.</summary>
    public static Gen<(string Name, byte[] Content, string Description)> Partial { get; } =
        from name in Gen.OneOf(PartialNames.ToArray())
        from kind in Gen.Int[0, 5]
        from snippets in Gen.Int[0, int.MaxValue].Select(i => Snippets[i % Snippets.Count]).Array[1, 3]
        from at in Gen.Int[0, int.MaxValue]
        from bytes in ByteDamage.Several(2)
        select Break(name, kind, snippets, at, bytes);

    private static (string Name, byte[] Content, string Description) Break(string name, int kind, string[] snippets, int at, ByteDamage[] bytes)
    {
        string text = Nd30Templates.ReadFile(name);
        switch (kind)
        {
            case 0 or 1 or 2:
                // Inserted at any position, inside a tag, an expression or text alike.
                foreach (string snippet in snippets)
                {
                    int position = at % (text.Length + 1);
                    text = text.Insert(position, snippet);
                }

                return (name, Encoding.UTF8.GetBytes(text), $"{name} + [{string.Join(" | ", snippets)}] at {at % 100000}");
            case 3:
                return (name, Encoding.UTF8.GetBytes(string.Concat(snippets)), $"{name} = [{string.Join(" | ", snippets)}]");
            case 4:
                return (name, ByteDamage.ApplyAll(bytes, Encoding.UTF8.GetBytes(text)), $"{name} bytes [{string.Join(", ", bytes.Select(b => b.ToString()))}]");
            default:
                return (name, [], $"{name} empty");
        }
    }
}
