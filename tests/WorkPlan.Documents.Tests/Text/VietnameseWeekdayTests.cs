using NodaTime;
using WorkPlan.Documents.Text;

namespace WorkPlan.Documents.Tests.Text;

public class VietnameseWeekdayTests
{
    // The week of 3–9 May 2021 from the seed: Monday 3/5 … Sunday 9/5.
    public static TheoryData<int, string, string, string> Week => new()
    {
        { 3, "Thứ Hai", "Thứ 2", "T2" },
        { 4, "Thứ Ba", "Thứ 3", "T3" },
        { 5, "Thứ Tư", "Thứ 4", "T4" },
        { 6, "Thứ Năm", "Thứ 5", "T5" },
        { 7, "Thứ Sáu", "Thứ 6", "T6" },
        { 8, "Thứ Bảy", "Thứ 7", "T7" },
        { 9, "Chủ nhật", "Chủ nhật", "CN" },
    };

    [Theory]
    [MemberData(nameof(Week))]
    public void Formats_a_full_week_in_every_form(int day, string words, string numerals, string abbreviated)
    {
        var date = new LocalDate(2021, 5, day);
        Assert.Equal(words, VietnameseWeekday.Format(date, WeekdayForm.Words));
        Assert.Equal(numerals, VietnameseWeekday.Format(date, WeekdayForm.Numerals));
        Assert.Equal(abbreviated, VietnameseWeekday.Format(date.DayOfWeek, WeekdayForm.Abbreviated));
    }

    [Theory]
    [MemberData(nameof(Week))]
    public void Parses_every_form_back(int day, string words, string numerals, string abbreviated)
    {
        IsoDayOfWeek expected = new LocalDate(2021, 5, day).DayOfWeek;
        Assert.Equal(expected, VietnameseWeekday.Parse(words));
        Assert.Equal(expected, VietnameseWeekday.Parse(numerals));
        Assert.Equal(expected, VietnameseWeekday.Parse(abbreviated));
        Assert.Equal(expected, VietnameseWeekday.Parse(words.ToUpperInvariant()));
        Assert.Equal(expected, VietnameseWeekday.Parse("  " + numerals.Replace(" ", "   ") + " "));
    }

    [Theory]
    [InlineData("CN", IsoDayOfWeek.Sunday)] // as the seed writes Sunday
    [InlineData("Chủ Nhật", IsoDayOfWeek.Sunday)]
    [InlineData("thứ bẩy", IsoDayOfWeek.Saturday)]
    [InlineData("Th 2", IsoDayOfWeek.Monday)]
    [InlineData("Thứ7", IsoDayOfWeek.Saturday)]
    public void Parses_common_variants(string text, IsoDayOfWeek expected)
    {
        Assert.Equal(expected, VietnameseWeekday.Parse(text));
    }

    [Fact]
    public void Parses_decomposed_input()
    {
        string decomposed = "Thứ Hai".Normalize(System.Text.NormalizationForm.FormD);
        Assert.NotEqual("Thứ Hai", decomposed);
        Assert.Equal(IsoDayOfWeek.Monday, VietnameseWeekday.Parse(decomposed));
    }

    [Theory]
    [InlineData("Thứ Nhất")]
    [InlineData("Thứ 8")]
    [InlineData("Monday")]
    [InlineData("")]
    public void Rejects_what_is_not_a_weekday(string text)
    {
        Assert.False(VietnameseWeekday.TryParse(text, out _));
        FormatException error = Assert.Throws<FormatException>(() => VietnameseWeekday.Parse(text));
        Assert.Contains(text, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_IsoDayOfWeek_None()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseWeekday.Format(IsoDayOfWeek.None, WeekdayForm.Words));
    }
}
