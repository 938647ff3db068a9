using DocumentFormat.OpenXml.Wordprocessing;
using WorkPlan.Documents.Rendering.Layout;

namespace WorkPlan.Documents.Rendering.Docx;

/// <summary>
/// Builds each section's <c>w:sectPr</c> (page size and orientation, margins, page-number restart, first-page
/// header) and its header parts. When any section has a page header, every section references a default header
/// (an empty one when it has none), so no section inherits the previous section's header.
/// </summary>
/// <remarks>
/// Everything is planned in the constructor, before the body is written: the package's content types and
/// relationships, written first, name the header parts. One per render; not thread-safe.
/// </remarks>
internal sealed class SectionBuilder
{
    private static readonly IReadOnlyList<LayoutParagraph> NoParagraphs = [];

    private readonly bool anyHeader;
    private readonly List<(string Id, string Name, IReadOnlyList<LayoutParagraph> Paragraphs)> headers = [];
    private readonly List<SectionProperties> properties = [];
    private string? emptyHeaderId;

    /// <summary>Plans the section properties and header parts of every section.</summary>
    /// <param name="document">The layout document.</param>
    public SectionBuilder(LayoutDocument document)
    {
        foreach (var section in document.Sections)
        {
            anyHeader |= section.Header.Count > 0;
        }

        foreach (var section in document.Sections)
        {
            properties.Add(Build(section));
        }
    }

    /// <summary>
    /// Gets the header parts: relationship id, part name (<c>header1.xml</c>…) and paragraphs (none for the empty
    /// header, which holds one empty paragraph).
    /// </summary>
    public IReadOnlyList<(string Id, string Name, IReadOnlyList<LayoutParagraph> Paragraphs)> Headers => headers;

    /// <summary>Gets the <c>w:sectPr</c> of each section, in order.</summary>
    public IReadOnlyList<SectionProperties> Properties => properties;

    private SectionProperties Build(LayoutSection section)
    {
        var page = section.Page;
        var sectPr = new SectionProperties();
        bool titlePage = page.FirstPageHeader == FirstPageHeader.Hidden;
        if (anyHeader)
        {
            string defaultId = section.Header.Count > 0 ? AddHeader(section.Header) : EmptyHeader();
            sectPr.AppendChild(new HeaderReference { Type = HeaderFooterValues.Default, Id = defaultId });
            if (titlePage)
            {
                sectPr.AppendChild(new HeaderReference { Type = HeaderFooterValues.First, Id = EmptyHeader() });
            }
        }

        bool landscape = page.Orientation == PageOrientation.Landscape;
        var size = new PageSize
        {
            Width = WordUnits.UnsignedTwips(page.PageWidthPoints),
            Height = WordUnits.UnsignedTwips(page.PageHeightPoints),
        };
        if (landscape)
        {
            size.Orient = PageOrientationValues.Landscape;
        }

        sectPr.AppendChild(size);
        sectPr.AppendChild(new PageMargin
        {
            Top = WordUnits.Twips(page.MarginTop.Value),
            Right = WordUnits.UnsignedTwips(page.MarginRight.Value),
            Bottom = WordUnits.Twips(page.MarginBottom.Value),
            Left = WordUnits.UnsignedTwips(page.MarginLeft.Value),
            Header = WordUnits.UnsignedTwips(page.HeaderMargin.Value),
            Footer = WordUnits.UnsignedTwips(page.FooterMargin.Value),
            Gutter = 0U,
        });
        if (page.Numbering == PageNumbering.Restart)
        {
            sectPr.AppendChild(new PageNumberType { Start = page.NumberingStart });
        }

        if (titlePage && anyHeader)
        {
            sectPr.AppendChild(new TitlePage());
        }

        return sectPr;
    }

    private string EmptyHeader() => emptyHeaderId ??= AddHeader(NoParagraphs);

    private string AddHeader(IReadOnlyList<LayoutParagraph> paragraphs)
    {
        int number = headers.Count + 1;
        string id = "rIdHeader" + number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        headers.Add((id, "header" + number.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".xml", paragraphs));
        return id;
    }
}
