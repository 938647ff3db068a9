using WorkPlan.Documents.Import;
using WorkPlan.Documents.Model;
using WorkPlan.Documents.Tests.Common;

namespace WorkPlan.Documents.Tests.Import;

/// <summary>The per-line account of the seed: every line of the text is read as something or reported.</summary>
public class SeedAccountTests
{
    [Fact]
    public void The_account_of_every_seed_line_matches_the_reviewed_listing()
    {
        string listing = ImportListing.Format(SeedFiles.Import());

        Golden.VerifyFile(listing, Path.Combine(SeedFiles.TestDataPath, "seed.account.verified.txt"));
    }

    [Fact]
    public void Every_line_of_the_seed_is_placed_and_every_entry_comes_from_one_line()
    {
        ImportResult result = SeedFiles.Import();
        ImportListing.AssertEveryLineAccounted(SeedFiles.Text, result);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity != ImportSeverity.Information);
        Assert.DoesNotContain(result.Lines, l => l.Kind == SourceLineKind.NotPlaced);
    }

    [Fact]
    public void Every_line_of_the_schedule_table_is_an_entry_a_day_or_session_marker_or_blank()
    {
        ImportResult result = SeedFiles.Import();
        int header = result.Lines.Single(l => l.Kind == SourceLineKind.ColumnHeader).Number;
        int recipients = result.Lines.Single(l => l.Kind == SourceLineKind.RecipientsHeading).Number;
        Assert.Equal((37, 192), (header, recipients));
        var table = result.Lines.Where(l => l.Number > header && l.Number < recipients).ToList();
        Assert.All(table, l => Assert.True(
            l.Kind == SourceLineKind.Blank || (l.Kind == SourceLineKind.ScheduleRow && l.Parts != ScheduleRowParts.None),
            $"line {l.Number} is {l.Kind}"));
        Assert.All(table.Where(l => l.Kind == SourceLineKind.Blank), l => Assert.Equal(string.Empty, l.Text.Trim()));
        Assert.Equal(89, table.Count(l => (l.Parts & ScheduleRowParts.Entry) != 0));
        Assert.Equal(31, table.Count(l => (l.Parts & ScheduleRowParts.DayNumber) != 0));
        Assert.Equal(3, table.Count(l => (l.Parts & ScheduleRowParts.Holiday) != 0));
        Assert.Equal(89, result.Programme.Schedule.Days.Sum(d => d.Entries.Count()));
    }

    [Fact]
    public void The_pasting_quirks_of_the_seed_are_read_as_the_office_meant()
    {
        ImportResult result = SeedFiles.Import();
        WorkProgramme programme = result.Programme;
        ScheduleDay Day(int n) => programme.Schedule.Days.Single(d => d.Date.Day == n);

        // Line 143: "Buổi sáng: Đi kiểm tra cơ sở" is a marker and an entry.
        Assert.Equal("Đi kiểm tra cơ sở", Day(22).GetSession(SessionKind.Morning)!.Entries[0].Content);
        Assert.Equal("Đi kiểm tra cơ sở", Day(22).GetSession(SessionKind.Afternoon)!.Entries[0].Content);

        // Line 146 "Buổi sáng:" belongs to Sunday 23 (next line "23 CN | Buổi chiều:").
        Assert.Equal([SessionKind.Morning, SessionKind.Afternoon], Day(22).Sessions.Select(s => s.Kind));
        Assert.Equal([SessionKind.Morning, SessionKind.Afternoon], Day(23).Sessions.Select(s => s.Kind));
        Assert.Equal(new NodaTime.LocalDate(2021, 5, 23), result.Lines[145].Date);

        // Line 161 "26", blank, line 163 "Thứ 4 | Chuẩn bị …": weekday and first morning entry of the 26th.
        Assert.Equal(NodaTime.IsoDayOfWeek.Wednesday, Day(26).WrittenWeekday);
        Assert.StartsWith("Chuẩn bị nội dung phục vụ Hội nghị Công bố", Day(26).GetSession(SessionKind.Morning)!.Entries[0].Content, StringComparison.Ordinal);

        // Units are kept as written, all three ways.
        Assert.Equal("Phòng KHN VG S", Day(4).GetSession(SessionKind.Morning)!.Entries[1].PreparingUnit);
        Assert.Equal("Phòng KHNVGS", Day(7).GetSession(SessionKind.Afternoon)!.Entries[0].PreparingUnit);
        Assert.Equal("KHNVGS", Day(21).GetSession(SessionKind.Morning)!.Entries[0].PreparingUnit);

        // Annotations are lifted; the content is stored without them.
        ScheduleEntry allDay = Day(6).GetSession(SessionKind.Morning)!.Entries[3];
        Assert.Equal(("Kiểm tra ý tưởng sản phẩm tham gia Chương trình OCOP năm 2021", true), (allDay.Content, allDay.IsAllDay));
        Assert.Equal("UBND tỉnh", Day(11).GetSession(SessionKind.Afternoon)!.Entries[0].CalendarOf);
        Assert.Equal("UBND tỉnh", Day(28).GetSession(SessionKind.Afternoon)!.Entries[0].CalendarOf);
        Assert.Equal("Tỉnh ủy", Day(27).GetSession(SessionKind.Morning)!.Entries[0].CalendarOf);
        Assert.DoesNotContain(programme.Schedule.Days.SelectMany(d => d.Entries), e => e.Content.Contains("(cả ngày)", StringComparison.Ordinal) || e.Content.Contains("ịch UBND", StringComparison.Ordinal));

        // Leaders: "Đ/c Oánh, đ/c Long" → people with the honorific normalised; names as written.
        ScheduleEntry briefing = Day(31).GetSession(SessionKind.Morning)!.Entries[0];
        Assert.Equal(["Oánh", "Long", "Dục", "Anh"], briefing.Leaders.Select(p => p.Name));
        Assert.All(briefing.Leaders, p => Assert.Equal(Person.Comrade, p.Honorific));
        Assert.Equal(["Long", "Anh"], Day(15).GetSession(SessionKind.Afternoon)!.Entries[0].Leaders.Select(p => p.Name));

        // Holidays, weekdays as written, header values.
        Assert.All(new[] { 1, 2, 3 }, n => Assert.Equal(DayStatus.Holiday, Day(n).Status));
        Assert.Equal(NodaTime.IsoDayOfWeek.Sunday, Day(2).WrittenWeekday);
        Assert.Equal(DayStatus.Weekend, Day(8).Status);
        Assert.Equal(new NodaTime.LocalDate(2021, 5, 7), programme.Identity.IssueDate);
        Assert.Equal("Hà Tĩnh", programme.Identity.PlaceName);
        Assert.Equal(ProgrammePeriod.ForMonth(new NodaTime.YearMonth(2021, 5)), programme.Period);
        Assert.Equal("Các công việc cần tập trung cao", programme.FocusTasks.Heading);
        Assert.Equal(13, programme.FocusTasks.Tasks.Count);
        Assert.Equal("Dự kiến lịch làm việc tháng 5/2021", programme.Schedule.Heading);
        Assert.Equal(AssumedFields.Agency | AssumedFields.Number | AssumedFields.Symbol | AssumedFields.Signature, programme.Assumed);
        Assert.Equal(5, programme.Recipients.Recipients.Count);
        Assert.Equal(("Trưởng, Phó BCĐ NTM, ĐTVM, GNBV, OCOP tỉnh", "để báo cáo"), (programme.Recipients.Recipients[1].Name, programme.Recipients.Recipients[1].Purpose));
        Assert.Equal(["VT"], programme.Recipients.Archive);
    }
}
