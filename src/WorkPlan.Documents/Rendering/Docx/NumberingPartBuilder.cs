using DocumentFormat.OpenXml.Wordprocessing;

namespace WorkPlan.Documents.Rendering.Docx;

/// <summary>
/// Builds <c>word/numbering.xml</c>: one bullet definition per list marker the document uses. The level's text is
/// the marker character itself in the paragraph's own font (no Symbol or Wingdings private-use glyph), followed by
/// a space; the level sets no indentation, so the item's paragraph style places it.
/// </summary>
/// <remarks>One per render; not thread-safe.</remarks>
internal sealed class NumberingPartBuilder
{
    private readonly List<string> markers = [];

    /// <summary>Gets a value indicating whether any list was written.</summary>
    public bool IsUsed => markers.Count > 0;

    /// <summary>Returns the numbering instance id of a marker, defining it on first use.</summary>
    /// <param name="marker">The marker text.</param>
    /// <returns>The <c>w:numId</c>.</returns>
    public int NumberIdFor(string marker)
    {
        int index = markers.IndexOf(marker);
        if (index < 0)
        {
            markers.Add(marker);
            index = markers.Count - 1;
        }

        return index + 1;
    }

    /// <summary>Builds the part's root element.</summary>
    /// <returns>The <c>w:numbering</c> element.</returns>
    public Numbering Build()
    {
        var numbering = new Numbering();
        for (int i = 0; i < markers.Count; i++)
        {
            var level = new Level(
                new StartNumberingValue { Val = 1 },
                new NumberingFormat { Val = NumberFormatValues.Bullet },
                new LevelSuffix { Val = LevelSuffixValues.Space },
                new LevelText { Val = markers[i] },
                new LevelJustification { Val = LevelJustificationValues.Left })
            {
                LevelIndex = 0,
            };
            numbering.AppendChild(new AbstractNum(new MultiLevelType { Val = MultiLevelValues.SingleLevel }, level) { AbstractNumberId = i + 1 });
        }

        for (int i = 0; i < markers.Count; i++)
        {
            numbering.AppendChild(new NumberingInstance(new AbstractNumId { Val = i + 1 }) { NumberID = i + 1 });
        }

        return numbering;
    }
}
