using NodaTime;
using WorkPlan.Documents.Text;

namespace WorkPlan.Documents.Tests.Text;

public class Nd30DateFormatTests
{
    [Theory]
    [InlineData(2020, 1, 5, "Hà Nội", "Hà Nội, ngày 05 tháng 01 năm 2020")] // ND30's own example
    [InlineData(2019, 6, 29, "Thành phố Hồ Chí Minh", "Thành phố Hồ Chí Minh, ngày 29 tháng 6 năm 2019")] // ND30's own example
    [InlineData(2020, 3, 5, "Hà Nội", "Hà Nội, ngày 05 tháng 3 năm 2020")] // the decree's own header
    [InlineData(2021, 5, 7, "Hà Tĩnh", "Hà Tĩnh, ngày 07 tháng 5 năm 2021")] // the seed's date, padded
    [InlineData(2022, 2, 28, "Hà Tĩnh", "Hà Tĩnh, ngày 28 tháng 02 năm 2022")]
    [InlineData(2021, 12, 10, "Hà Tĩnh", "Hà Tĩnh, ngày 10 tháng 12 năm 2021")]
    public void Place_and_date_line_pads_days_below_10_and_months_1_and_2_only(int year, int month, int day, string place, string expected)
    {
        Assert.Equal(expected, Nd30DateFormat.PlaceAndDate(place, new LocalDate(year, month, day)));
    }

    [Fact]
    public void Every_month_is_padded_only_when_January_or_February()
    {
        string[] expected = ["01", "02", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"];
        Assert.Equal(expected, Enumerable.Range(1, 12).Select(Nd30DateFormat.Month));
    }

    [Fact]
    public void Every_day_below_10_is_padded()
    {
        Assert.Equal("01", Nd30DateFormat.Day(1));
        Assert.Equal("09", Nd30DateFormat.Day(9));
        Assert.Equal("10", Nd30DateFormat.Day(10));
        Assert.Equal("31", Nd30DateFormat.Day(31));
    }

    [Theory]
    [InlineData(2021, 5, 3, false, "03/5")]
    [InlineData(2022, 1, 18, true, "18/01/2022")]
    [InlineData(2019, 9, 3, true, "03/9/2019")]
    [InlineData(2022, 4, 19, true, "19/4/2022")]
    [InlineData(2020, 1, 3, true, "03/01/2020")]
    public void Short_dates_follow_the_same_padding(int year, int month, int day, bool withYear, string expected)
    {
        Assert.Equal(expected, Nd30DateFormat.ShortDate(new LocalDate(year, month, day), withYear));
    }

    [Fact]
    public void Month_texts()
    {
        Assert.Equal("tháng 5 năm 2021", Nd30DateFormat.MonthAndYear(new YearMonth(2021, 5)));
        Assert.Equal("tháng 01 năm 2022", Nd30DateFormat.MonthAndYear(new YearMonth(2022, 1)));
        Assert.Equal("5/2021", Nd30DateFormat.ShortMonth(new YearMonth(2021, 5)));
    }

    [Fact]
    public void Out_of_range_parts_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Nd30DateFormat.Day(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Nd30DateFormat.Day(32));
        Assert.Throws<ArgumentOutOfRangeException>(() => Nd30DateFormat.Month(13));
        Assert.Throws<ArgumentException>(() => Nd30DateFormat.PlaceAndDate("  ", new LocalDate(2021, 5, 7)));
    }
}
