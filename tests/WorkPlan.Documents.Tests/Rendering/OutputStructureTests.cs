using System.IO.Compression;
using System.Xml.Linq;
using WorkPlan.Documents.Rendering;
using WorkPlan.Documents.Tests.Infrastructure;

namespace WorkPlan.Documents.Tests.Rendering;

/// <summary>The issue's output requirements, asserted one by one on the seed's documents (the goldens hold the rest).</summary>
public class OutputStructureTests
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private static readonly Lazy<byte[]> SeedDocx = new(() => Renderers.Default.RenderDocx(Renderers.Seed()));

    private static XDocument Part(string name)
    {
        using var zip = new ZipArchive(new MemoryStream(SeedDocx.Value), ZipArchiveMode.Read);
        using Stream stream = zip.GetEntry(name)!.Open();
        return XDocument.Load(stream);
    }

    private static string? Val(XElement? element, string attribute = "val") => (string?)element?.Attribute(W + attribute);

    [Fact]
    public void Docx_uses_times_new_roman_in_all_four_slots_and_vietnamese()
    {
        XElement defaults = Part("word/styles.xml").Root!.Element(W + "docDefaults")!.Descendants(W + "rPr").Single();
        XElement fonts = defaults.Element(W + "rFonts")!;

        Assert.All(new[] { "ascii", "hAnsi", "eastAsia", "cs" }, slot => Assert.Equal("Times New Roman", Val(fonts, slot)));
        Assert.Equal("vi-VN", Val(defaults.Element(W + "lang")));
        Assert.DoesNotContain(Part("word/styles.xml").Descendants(W + "rFonts"), f => f.Attributes().Any(a => a.Name.LocalName.EndsWith("Theme", StringComparison.Ordinal)));
    }

    [Fact]
    public void Docx_is_a4_portrait_with_nd30_margins_and_opens_without_compatibility_mode()
    {
        XElement section = Part("word/document.xml").Descendants(W + "sectPr").Last();

        Assert.Equal(("11906", "16838"), (Val(section.Element(W + "pgSz"), "w"), Val(section.Element(W + "pgSz"), "h")));
        XElement margins = section.Element(W + "pgMar")!;
        Assert.Equal(["1134", "1134", "1701", "850"], new[] { "top", "bottom", "left", "right" }.Select(m => Val(margins, m)));
        XElement compat = Part("word/settings.xml").Descendants(W + "compatSetting").Single();
        Assert.Equal(("compatibilityMode", "15"), (Val(compat, "name"), Val(compat)));
    }

    [Fact]
    public void Docx_page_number_is_centred_in_the_header_and_hidden_on_page_one()
    {
        XElement section = Part("word/document.xml").Descendants(W + "sectPr").Last();

        Assert.NotNull(section.Element(W + "titlePg"));
        XDocument numbered = Part("word/header1.xml");
        Assert.Equal(" PAGE ", Val(numbered.Descendants(W + "fldSimple").Single(), "instr"));
        Assert.Equal("center", Val(Part("word/styles.xml").Descendants(W + "style").Single(s => Val(s, "styleId") == "page-number").Descendants(W + "jc").Single()));
        Assert.Empty(Part("word/header2.xml").Descendants(W + "t"));
    }

    [Fact]
    public void Docx_header_block_is_a_borderless_two_column_table()
    {
        XElement header = Part("word/document.xml").Descendants(W + "tbl").First();

        Assert.Equal(2, header.Element(W + "tblGrid")!.Elements(W + "gridCol").Count());
        Assert.All(header.Element(W + "tblPr")!.Element(W + "tblBorders")!.Elements(), border => Assert.Equal("nil", Val(border)));
        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", header.Value, StringComparison.Ordinal);
        Assert.Equal(2, header.Descendants(W + "pBdr").Count());
    }

    [Fact]
    public void Docx_schedule_merges_day_cells_repeats_its_heading_and_keeps_rows_whole()
    {
        XElement schedule = Part("word/document.xml").Descendants(W + "tbl").Skip(1).First();
        var rows = schedule.Elements(W + "tr").ToList();

        Assert.NotNull(rows[0].Element(W + "trPr")!.Element(W + "tblHeader"));
        Assert.All(rows, row => Assert.NotNull(row.Element(W + "trPr")!.Element(W + "cantSplit")));
        var days = Renderers.Default.CreateViewModel(Renderers.Seed()).Schedule.Days;
        Assert.Equal(days.Count(d => d.RowCount > 1), schedule.Descendants(W + "vMerge").Count(v => Val(v) == "restart"));
        Assert.Equal(days.Sum(d => d.RowCount - 1), schedule.Descendants(W + "vMerge").Count(v => Val(v) is null));
        Assert.Equal(1 + days.Sum(d => d.RowCount), rows.Count);
    }

    [Fact]
    public void Html_is_one_self_contained_utf8_page_with_an_a4_print_layout()
    {
        string html = Renderers.Default.RenderHtml(Renderers.Seed());

        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("<meta charset=\"utf-8\">", html, StringComparison.Ordinal);
        Assert.Contains("<style>", html, StringComparison.Ordinal);
        Assert.Contains("@page wp-s1 { size: 595.28pt 841.89pt;", html, StringComparison.Ordinal);
        foreach (string external in new[] { "<link", "<script", "src=", "href=", "url(", "@import", "http://", "https://" })
        {
            Assert.DoesNotContain(external, html, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Contains("Hà Tĩnh, ngày 07 tháng 5 năm 2021", html, StringComparison.Ordinal);
        Assert.DoesNotContain("&#", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_input_gives_the_same_docx_bytes()
    {
        var options = new RenderOptions { WeekdayForm = WorkPlan.Documents.Text.WeekdayForm.Numerals };

        Assert.Equal(Renderers.Default.RenderDocx(Renderers.Seed(), options), Renderers.Default.RenderDocx(Renderers.Seed(), options));
    }
}
