using WorkPlan.Documents.Model;
using WorkPlan.Documents.Rendering;
using WorkPlan.Documents.Rendering.ViewModel;
using WorkPlan.Documents.Text;
using WorkPlan.Documents.Tests.Infrastructure;

namespace WorkPlan.Documents.Tests.Rendering.ViewModel;

public class ViewModelBuilderTests
{
    private static ProgrammeViewModel Seed(RenderOptions? options = null) =>
        Renderers.Default.CreateViewModel(Renderers.Seed(), options);

    private static DayView Day(ProgrammeViewModel model, int dayOfMonth) =>
        model.Schedule.Days.Single(d => d.Date == $"2021-05-{dayOfMonth:00}");

    [Fact]
    public void The_header_lines_are_preformatted_to_nd30()
    {
        HeaderView header = Seed().Header;

        Assert.Equal("Số: 05/CTr-VPĐP", header.NumberLine);
        Assert.Equal("Hà Tĩnh, ngày 07 tháng 5 năm 2021", header.PlaceDateLine);
        Assert.Equal("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", header.NationalName);
        Assert.Equal("Độc lập - Tự do - Hạnh phúc", header.Motto);
        Assert.Equal(["VĂN PHÒNG ĐIỀU PHỐI", "NÔNG THÔN MỚI"], header.AgencyNameLines);
        Assert.Equal("07/5/2021", header.IssueDate);
    }

    [Fact]
    public void A_draft_keeps_the_blank_number_in_the_number_line_and_the_annex_reference()
    {
        ProgrammeViewModel model = Renderers.Default.CreateViewModel(Samples.Minimal());

        Assert.True(model.Header.IsDraft);
        Assert.Equal("Số:      /CTr-UBND", model.Header.NumberLine);
        Assert.Equal("(Kèm theo Chương trình số       /CTr-UBND ngày 07 tháng 5 năm 2021)", model.Annex.ReferenceLine);
    }

    [Fact]
    public void Title_abstract_and_section_headings_follow_the_programme()
    {
        ProgrammeViewModel model = Seed();

        Assert.Equal("CHƯƠNG TRÌNH", model.DocumentType);
        Assert.Equal("Công tác tháng 5 năm 2021", model.Abstract);
        Assert.Equal("Chương trình công tác tháng 5 năm 2021", model.Title);
        Assert.Equal("1. Các công việc cần tập trung cao:", model.FocusTasks.HeadingLine);
        Assert.Equal(13, model.FocusTasks.Tasks.Count);
        Assert.Equal("2. Dự kiến lịch làm việc tháng 5/2021:", model.Schedule.HeadingLine);
        Assert.Equal("DỰ KIẾN LỊCH LÀM VIỆC THÁNG 5/2021", model.Annex.Title);
        Assert.Equal("(Kèm theo Chương trình số 05/CTr-VPĐP ngày 07 tháng 5 năm 2021)", model.Annex.ReferenceLine);
    }

    [Fact]
    public void Without_focus_tasks_the_schedule_section_is_not_numbered()
    {
        ProgrammeViewModel model = Renderers.Default.CreateViewModel(Samples.Minimal());

        Assert.False(model.FocusTasks.HasTasks);
        Assert.Equal("Dự kiến lịch làm việc tuần từ ngày 10/5 đến ngày 16/5/2021:", model.Schedule.HeadingLine);
    }

    [Fact]
    public void Days_are_grouped_into_rows_under_their_session_labels()
    {
        DayView day = Day(Seed(), 4);

        Assert.Equal("04/5", day.ShortDate);
        Assert.Equal("Thứ Ba", day.Weekday);
        Assert.Equal(
            ["session", "entry", "entry", "session", "entry"],
            day.Rows.Select(r => r.Kind));
        Assert.Equal(5, day.RowCount);
        Assert.Equal("Buổi sáng:", day.Rows[0].Label);
        Assert.Equal("Buổi chiều:", day.Rows[3].Label);
        Assert.Equal(["Buổi sáng:", "", ""], day.Rows[0].Cells.Select(c => c.Text));
        Assert.Equal(
            ["Giao ban Lãnh đạo Văn phòng", "Phòng HCTHTT", "Đ/c Oánh, Đ/c Long, Đ/c Anh, Đ/c Dực"],
            day.Rows[1].Cells.Select(c => c.Text));
    }

    [Fact]
    public void Entry_content_gets_its_canonical_annotations_back()
    {
        ProgrammeViewModel model = Seed();

        EntryView allDay = Day(model, 11).Rows[1].Entry!;
        EntryView calendar = Day(model, 11).Rows[3].Entry!;

        Assert.Equal("Khảo sát mô hình kinh tế số, chuyển đổi số trong xây dựng nông thôn mới tại các địa phương (cả ngày)", allDay.Content);
        Assert.True(allDay.IsAllDay);
        Assert.EndsWith("\"gạo hữu cơ trồng trên ruộng rươi cày\" (Lịch UBND tỉnh)", calendar.Content, StringComparison.Ordinal);
        Assert.Equal("UBND tỉnh", calendar.CalendarOf);
        Assert.DoesNotContain("(Lịch", calendar.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Time_location_and_extra_fields_reach_the_entry_and_the_declared_columns()
    {
        var options = new RenderOptions
        {
            Columns =
            [
                new ScheduleColumn(ScheduleColumn.ContentField, "NỘI DUNG", "50%"),
                new ScheduleColumn(ScheduleColumn.LocationField, "ĐỊA ĐIỂM", "20%"),
                new ScheduleColumn(ScheduleColumn.StartTimeField, "GIỜ", "10%"),
                new ScheduleColumn("Ghi chú", "GHI CHÚ", "20%"),
            ],
        };
        ProgrammeViewModel model = Renderers.Default.CreateViewModel(Samples.FullMonth(), options);
        RowView row = model.Schedule.Days.Single(d => d.Date == "2021-05-04").Rows[2];

        Assert.False(model.Schedule.HasDayColumn);
        Assert.Equal(4, model.Schedule.CellColumnCount);
        Assert.Equal(
            [
                "Làm việc tại Đức Thọ về mô hình chuyển đổi đất lúa (cả ngày) (Lịch UBND tỉnh)",
                "Hội trường UBND huyện Đức Thọ",
                "8 giờ 30",
                "Mang hồ sơ",
            ],
            row.Cells.Select(c => c.Text));
        Assert.StartsWith("8 giờ 30: Làm việc", row.Entry!.Content, StringComparison.Ordinal); // entry.content keeps it for templates that print no time column
        Assert.Equal("Đ/c Oánh, Nguyễn Văn B", row.Entry!.Leaders);
        Assert.Equal("Đức Thọ", row.Entry.Fields["Địa điểm"]);
    }

    [Fact]
    public void A_holiday_without_entries_is_one_row_spanning_the_columns()
    {
        DayView day = Day(Seed(), 1);

        RowView row = Assert.Single(day.Rows);
        Assert.Equal("holiday", row.Kind);
        CellView cell = Assert.Single(row.Cells);
        Assert.Equal("Nghỉ lễ", cell.Text);
        Assert.Equal(3, cell.Span);
        Assert.True(day.IsDayOff);
    }

    [Fact]
    public void Empty_sessions_are_left_out_and_a_day_without_entries_keeps_one_empty_row()
    {
        ProgrammeViewModel model = Seed();

        Assert.Equal(["session", "entry"], Day(model, 9).Rows.Select(r => r.Kind));
        RowView empty = Assert.Single(Day(model, 30).Rows);
        Assert.Equal("empty", empty.Kind);
        Assert.All(empty.Cells, c => Assert.Equal(string.Empty, c.Text));
        Assert.Equal("weekend", Day(model, 30).Status);
    }

    [Theory]
    [InlineData(WeekdayForm.Words, "Thứ Bảy", "Chủ nhật")]
    [InlineData(WeekdayForm.Numerals, "Thứ 7", "Chủ nhật")]
    [InlineData(WeekdayForm.Abbreviated, "T7", "CN")]
    public void The_weekday_is_written_in_the_chosen_form(WeekdayForm form, string saturday, string sunday)
    {
        ProgrammeViewModel model = Seed(new RenderOptions { WeekdayForm = form });

        Assert.Equal(saturday, Day(model, 1).Weekday);
        Assert.Equal(sunday, Day(model, 2).Weekday);
    }

    [Fact]
    public void Recipients_end_with_the_archive_line()
    {
        Assert.Equal(
            [
                "- VPĐP Chương trình NTM TW;",
                "- Trưởng, Phó BCĐ NTM, ĐTVM, GNBV, OCOP tỉnh (để báo cáo);",
                "- UBND tỉnh;",
                "- Chánh, các Phó chánh VPĐP NTM tỉnh;",
                "- BCĐ, VPĐP các huyện, thành phố, thị xã;",
                "- Lưu: VT.",
            ],
            Seed().Recipients.Lines);
    }

    [Fact]
    public void Columns_are_checked_when_options_are_built()
    {
        var content = new ScheduleColumn(ScheduleColumn.ContentField, "NỘI DUNG", "60%");
        var day = new ScheduleColumn(ScheduleColumn.DayField, "NGÀY", "10%");

        Assert.Contains("twice", Assert.Throws<ArgumentException>(() => new RenderOptions { Columns = [content, content] }).Message, StringComparison.Ordinal);
        Assert.Contains("must come first", Assert.Throws<ArgumentException>(() => new RenderOptions { Columns = [content, day] }).Message, StringComparison.Ordinal);
        Assert.Contains("at least one column", Assert.Throws<ArgumentException>(() => new RenderOptions { Columns = [day] }).Message, StringComparison.Ordinal);
        Assert.Contains("column.width", Assert.Throws<ArgumentException>(() => new ScheduleColumn("content", "X", "wide")).Message, StringComparison.Ordinal);
        Assert.Equal(SchedulePlacement.Body, RenderOptions.Default.SchedulePlacement);
    }

    [Fact]
    public void A_start_time_on_the_hour_has_no_minutes()
    {
        ProgrammeViewModel model = Renderers.Default.CreateViewModel(Samples.FullMonth());
        EntryView entry = model.Schedule.Days.Single(d => d.Date == "2021-05-04").Rows.Single(r => r.Session == "afternoon" && r.Kind == "entry").Entry!;

        Assert.Equal("14 giờ", entry.StartTime);
        Assert.StartsWith("14 giờ: ", entry.Content, StringComparison.Ordinal);
    }
}
