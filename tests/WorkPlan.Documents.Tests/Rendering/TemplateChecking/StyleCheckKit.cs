using Scriban;
using WorkPlan.Documents.Rendering.Styling;
using WorkPlan.Documents.Rendering.TemplateChecking;
using WorkPlan.Documents.Templates;

namespace WorkPlan.Documents.Tests.Rendering.TemplateChecking;

/// <summary>Helpers for the markup and style analyses: templates scanned from text, the default ND30 set with overrides.</summary>
internal static class StyleCheckKit
{
    public static LiteralMarkup Scan(string file, string text) =>
        LiteralMarkupScanner.Scan(file, text, Template.Parse(text, file));

    /// <summary>The default set's templates with <paramref name="overrides"/> replacing or adding files, scanned.</summary>
    public static List<LiteralMarkup> Templates(params (string File, string Text)[] overrides)
    {
        var files = Nd30Templates.FileNames
            .Where(name => name.EndsWith(".sbn-html", StringComparison.Ordinal))
            .ToDictionary(name => name, Nd30Templates.ReadFile, StringComparer.Ordinal);
        foreach (var (file, text) in overrides.Where(o => o.File.EndsWith(".sbn-html", StringComparison.Ordinal)))
        {
            files[file] = text;
        }

        return files.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => Scan(f.Key, f.Value)).ToList();
    }

    /// <summary>The default stylesheet, or its override, read; findings go to <paramref name="findings"/>.</summary>
    public static StyleSheet? Sheet(List<StyleFinding> findings, params (string File, string Text)[] overrides)
    {
        string css = overrides.Where(o => o.File == Nd30Templates.StyleSheetName).Select(o => o.Text).FirstOrDefault()
            ?? Nd30Templates.ReadFile(Nd30Templates.StyleSheetName);
        return StyleSheetAnalysis.Read([(Nd30Templates.StyleSheetName, css)], findings);
    }

    /// <summary>Every finding of the four analyses on the default set with <paramref name="overrides"/>.</summary>
    public static List<StyleFinding> All(params (string File, string Text)[] overrides)
    {
        var templates = Templates(overrides);
        var findings = new List<StyleFinding>();
        foreach (var markup in templates)
        {
            findings.AddRange(LiteralMarkupAnalysis.Analyze(markup));
        }

        if (Sheet(findings, overrides) is { } sheet)
        {
            findings.AddRange(ClassUsageAnalysis.Analyze(templates, sheet));
            findings.AddRange(DeadDeclarationAnalysis.Analyze(templates, sheet));
        }

        return findings;
    }

    /// <summary>The default stylesheet's text with <paramref name="extra"/> appended.</summary>
    public static string DefaultCssWith(string extra) => Nd30Templates.ReadFile(Nd30Templates.StyleSheetName) + extra;

    /// <summary>The 1-based number of the default stylesheet's last line plus <paramref name="lines"/>.</summary>
    public static int DefaultCssLine(int lines) => Nd30Templates.ReadFile(Nd30Templates.StyleSheetName).Split('\n').Length - 1 + lines;
}
