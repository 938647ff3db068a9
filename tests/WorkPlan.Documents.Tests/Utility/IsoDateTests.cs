using NodaTime;
using WorkPlan.Documents.Utility;

namespace WorkPlan.Documents.Tests.Utility;

public class IsoDateTests
{
    [Fact]
    public void A_date_is_written_uuuu_MM_dd()
    {
        Assert.Equal("2021-05-03", IsoDate.Format(new LocalDate(2021, 5, 3)));
        Assert.Equal("0099-12-31", IsoDate.Format(new LocalDate(99, 12, 31)));
    }

    [Fact]
    public void A_month_is_written_uuuu_MM()
    {
        Assert.Equal("2021-05", IsoDate.Format(new YearMonth(2021, 5)));
        Assert.Equal("2024-12", IsoDate.Format(new YearMonth(2024, 12)));
    }

    [Fact]
    public void Years_before_1_are_numbered_as_ISO_8601_does()
    {
        Assert.Equal("0000-01-01", IsoDate.Format(new LocalDate(0, 1, 1)));
        Assert.Equal("-0001-06", IsoDate.Format(new YearMonth(-1, 6)));
    }
}
