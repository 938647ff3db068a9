using System.Text;
using WorkPlan.Documents.Text;

namespace WorkPlan.Documents.Tests.Text;

public class InvisibleTextTests
{
    /// <summary>Every Vietnamese letter with every tone, lower and upper case.</summary>
    private const string VietnameseLetters =
        "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ"
        + "AÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬBCDĐEÈÉẺẼẸÊỀẾỂỄỆGHIÌÍỈĨỊKLMNOÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢPQRSTUÙÚỦŨỤƯỪỨỬỮỰVXYỲÝỶỸỴ";

    [Theory]
    [InlineData(0x200B)] // zero-width space
    [InlineData(0x200C)] // zero-width non-joiner
    [InlineData(0x200D)] // zero-width joiner
    [InlineData(0x2060)] // word joiner
    [InlineData(0xFEFF)] // byte order mark
    [InlineData(0x00AD)] // soft hyphen
    [InlineData(0x200E)] // left-to-right mark
    [InlineData(0x202E)] // right-to-left override
    [InlineData(0x2066)] // left-to-right isolate
    [InlineData(0x180E)] // Mongolian vowel separator
    [InlineData(0x034F)] // combining grapheme joiner
    [InlineData(0x3164)] // Hangul filler
    [InlineData(0x2800)] // braille pattern blank
    [InlineData(0xFE0F)] // variation selector 16
    [InlineData(0xE0001)] // language tag
    [InlineData(0xE0100)] // variation selector 17
    public void Format_and_zero_width_characters_cannot_be_seen(int codePoint)
    {
        string text = char.ConvertFromUtf32(codePoint);

        Assert.True(InvisibleText.IsInvisible(codePoint));
        Assert.True(InvisibleText.IsBlank(text));
        Assert.True(InvisibleText.IsBlank(" " + text + "\t" + text));
        Assert.Equal(2, InvisibleText.IndexOfInvisible("ab" + text + "c"));
        Assert.Equal("U+" + codePoint.ToString("X4", System.Globalization.CultureInfo.InvariantCulture), InvisibleText.CodeOf("ab" + text, 2));
    }

    [Theory]
    [InlineData(0x0600)] // Arabic number sign: a format character that is drawn
    [InlineData(0x06DD)] // Arabic end of ayah
    [InlineData(0x110BD)] // Kaithi number sign
    [InlineData(0x00A0)] // no-break space: white space, trimmed, not invisible
    [InlineData(0x0041)]
    [InlineData(0x0323)] // combining dot below, the nặng tone mark of decomposed Vietnamese
    [InlineData(0x1F600)]
    public void Visible_characters_and_white_space_are_not_invisible(int codePoint)
    {
        Assert.False(InvisibleText.IsInvisible(codePoint));
        Assert.Equal(-1, InvisibleText.IndexOfInvisible("a" + char.ConvertFromUtf32(codePoint)));
    }

    [Fact]
    public void Vietnamese_text_composed_or_decomposed_is_never_affected()
    {
        foreach (string text in new[] { VietnameseLetters, VietnameseLetters.Normalize(NormalizationForm.FormD), "Ủy ban nhân dân tỉnh Hà Tĩnh – Nghỉ lễ Quốc khánh 2/9" })
        {
            Assert.Equal(-1, InvisibleText.IndexOfInvisible(text));
            Assert.False(InvisibleText.IsBlank(text));
            Assert.All(text.Where(c => !char.IsWhiteSpace(c)), c => Assert.False(InvisibleText.IsBlank(c.ToString())));
        }
    }

    [Fact]
    public void Empty_and_white_space_text_is_blank_and_a_visible_character_among_invisible_ones_is_not()
    {
        Assert.True(InvisibleText.IsBlank(string.Empty));
        Assert.True(InvisibleText.IsBlank(" \t\n\u00A0\u3000"));
        Assert.False(InvisibleText.IsBlank("\u200B\u200Da\uFEFF"));
    }

    [Fact]
    public void The_search_steps_over_characters_outside_the_basic_plane()
    {
        string text = "😀\U000E0001x";

        Assert.Equal(2, InvisibleText.IndexOfInvisible(text));
        Assert.Equal(-1, InvisibleText.IndexOfInvisible(text, 4));
        Assert.Equal("U+E0001", InvisibleText.CodeOf(text, 2));
    }
}
