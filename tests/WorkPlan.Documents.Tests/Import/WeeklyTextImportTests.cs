using NodaTime;
using WorkPlan.Documents.Checking;
using WorkPlan.Documents.Import;
using WorkPlan.Documents.Model;

namespace WorkPlan.Documents.Tests.Import;

/// <summary>
/// A weekly notice pasted as text (TestData/Import/cases/weekly-notice.txt, listed in its golden): the tên loại gives
/// the kind, the trích yếu the week, and the weekly columns the start time, the place, the leaders and the unit.
/// </summary>
public class WeeklyTextImportTests
{
    private static ImportResult Import() =>
        ProgrammeTextImporter.Import(File.ReadAllText(Path.Combine(SeedFiles.TestDataPath, "cases", "weekly-notice.txt")), SeedFiles.Header);

    [Fact]
    public void Rows_after_a_day_cell_that_cannot_be_read_are_not_filed_under_the_day_before()
    {
        string text = string.Join("\n",
            "Số: 12/TB-VPĐP\tHà Tĩnh, ngày 07 tháng 5 năm 2021",
            "THÔNG BÁO",
            "Lịch công tác tuần từ ngày 10/5 đến ngày 16/5/2021",
            "THỨ/ NGÀY\tTHỜI GIAN\tNỘI DUNG\tĐỊA ĐIỂM\tCHỦ TRÌ\tTHÀNH PHẦN/ ĐƠN VỊ CHUẨN BỊ",
            "10/5 Thứ Hai\t8h\tHọp A\tP1\tĐ/c Oánh\tPhòng X",
            "Sau ngày lễ\t8h\tHọp B\tP1\tĐ/c Oánh\tPhòng X",
            "\t14h\tHọp C\tP1\tĐ/c Oánh\tPhòng X",
            "12/5 Thứ Tư\t8h\tHọp D\tP1\tĐ/c Oánh\tPhòng X");

        ImportResult result = ProgrammeTextImporter.Import(text, SeedFiles.Header);

        Assert.Equal(
            [("2021-05-10", "Họp A"), ("2021-05-12", "Họp D")],
            result.Programme.Schedule.Days.SelectMany(d => d.Entries.Select(e => (d.Date.ToString("yyyy-MM-dd", null), e.Content))));
        Assert.Contains(result.Diagnostics, d => d.Code == "IMP15" && d.LineNumber == 6 && d.Message.Contains("rows up to the next valid day", StringComparison.Ordinal));
        Assert.Contains(result.Diagnostics, d => d.LineNumber == 7 && d.Severity == ImportSeverity.Error);
    }

    [Fact]
    public void The_tên_loại_and_trích_yếu_give_the_kind_and_the_week()
    {
        WorkProgramme notice = Import().Programme;

        Assert.Equal(DocumentKind.Notice, notice.Kind);
        Assert.Equal(ProgrammePeriod.ForWeek(new LocalDate(2021, 5, 10)), notice.Period);
        Assert.Null(notice.CustomAbstract);
        Assert.Equal("Lịch công tác tuần từ ngày 10/5 đến ngày 16/5/2021", notice.Abstract);
        Assert.Equal("TB-VPĐP", notice.Identity.Symbol);
        Assert.DoesNotContain(ProgrammeChecker.Check(notice), f => f.Severity == FindingSeverity.Error);
    }

    [Fact]
    public void The_time_column_gives_start_times_in_every_usual_spelling_and_cả_ngày_an_all_day_entry()
    {
        var entries = Import().Programme.Schedule.Days.SelectMany(d => d.Entries).ToList();

        Assert.Equal(
            new LocalTime?[] { new LocalTime(7, 30), new LocalTime(9, 30), new LocalTime(14, 0), null, new LocalTime(8, 30) },
            entries.Select(e => e.StartTime));
        Assert.Equal(new string?[] { "Phòng họp tầng 2", "Sở Nông nghiệp", "Huyện Đức Thọ", null, "Huyện Kỳ Anh" }, entries.Select(e => e.Location));
        // "Cả ngày" makes the entry all-day, printed "(cả ngày)" after its work; kept as a field, no column would show it.
        Assert.Equal(new[] { false, false, false, true, false }, entries.Select(e => e.IsAllDay));
        Assert.Empty(entries[3].Fields);
        Assert.Equal(["Oánh", "Long"], entries[0].Leaders.Select(p => p.Name).ToArray());
        Assert.Equal("Phòng HCTHTT", entries[0].PreparingUnit);
    }

    [Theory]
    [InlineData("8 giờ 30", 8, 30)]
    [InlineData("8 giờ", 8, 0)]
    [InlineData("7h30", 7, 30)]
    [InlineData("07:30", 7, 30)]
    [InlineData("(8h30)", 8, 30)]
    [InlineData("7 giờ 30’", 7, 30)]
    [InlineData("14h", 14, 0)]
    public void A_time_cell_is_read_whatever_its_spelling(string cell, int hour, int minute) =>
        Assert.Equal(new LocalTime(hour, minute), EntryText.TryTime(cell));

    [Theory]
    [InlineData("Cả ngày", true)]
    [InlineData("cả ngày.", true)]
    [InlineData("CẢ NGÀY", true)]
    [InlineData("Cả ngày 12/5", false)]
    [InlineData("Sau giao ban", false)]
    public void An_all_day_time_cell_is_recognised(string cell, bool allDay) =>
        Assert.Equal(allDay, EntryText.IsAllDayCell(cell));

    [Theory]
    [InlineData("Cả ngày")]
    [InlineData("25h00")]
    [InlineData("8h30 - 10h")]
    [InlineData("")]
    public void A_cell_that_is_not_one_time_is_not_read_as_one(string cell) =>
        Assert.Null(EntryText.TryTime(cell));
}
