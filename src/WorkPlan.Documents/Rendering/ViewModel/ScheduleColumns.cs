namespace WorkPlan.Documents.Rendering.ViewModel;

/// <summary>
/// Column presets for the schedule table (<see cref="RenderOptions.Columns"/>): the monthly programme's four columns,
/// as the default template set declares them, and the six columns of a weekly schedule as provincial and ministry
/// offices lay it out (<see href="https://github.com/workplan-documents/WorkPlan.Documents/blob/main/docs/weekly-schedules.md">docs/weekly-schedules.md</see> has the sources).
/// </summary>
/// <example>
/// <code>
/// var options = new RenderOptions { Columns = ScheduleColumns.Weekly };
/// renderer.RenderDocx(programme.Week(new LocalDate(2021, 5, 10)).WithKind(DocumentKind.Notice), stream, options);
/// </code>
/// </example>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public static class ScheduleColumns
{
    /// <summary>
    /// Gets the columns of the monthly work programme (the seed's, and the default template set's
    /// <c>schedule-columns.json</c>): NGÀY/ THỨ 12% · NỘI DUNG CÔNG VIỆC 45% · CHỦ TRÌ CHUẨN BỊ 17% · LÃNH ĐẠO CHỦ TRÌ,
    /// HOẶC THAM DỰ 26%.
    /// </summary>
    public static IReadOnlyList<ScheduleColumn> Programme { get; } = Array.AsReadOnly(new[]
    {
        new ScheduleColumn(ScheduleColumn.DayField, "NGÀY/ THỨ", "12%"),
        new ScheduleColumn(ScheduleColumn.ContentField, "NỘI DUNG CÔNG VIỆC", "45%"),
        new ScheduleColumn(ScheduleColumn.PreparingUnitField, "CHỦ TRÌ CHUẨN BỊ", "17%"),
        new ScheduleColumn(ScheduleColumn.LeadersField, "LÃNH ĐẠO CHỦ TRÌ, HOẶC THAM DỰ", "26%"),
    });

    /// <summary>
    /// Gets the columns of a weekly schedule (lịch công tác tuần): THỨ/ NGÀY 11% · THỜI GIAN 10% · NỘI DUNG 33% ·
    /// ĐỊA ĐIỂM 14% · CHỦ TRÌ 14% · THÀNH PHẦN/ ĐƠN VỊ CHUẨN BỊ 18%. "Chủ trì" shows the entry's leaders, "Thành phần/
    /// Đơn vị chuẩn bị" its preparing unit, "Thời gian" its start time ("8 giờ 30").
    /// </summary>
    public static IReadOnlyList<ScheduleColumn> Weekly { get; } = Array.AsReadOnly(new[]
    {
        new ScheduleColumn(ScheduleColumn.DayField, "THỨ/ NGÀY", "11%"),
        new ScheduleColumn(ScheduleColumn.StartTimeField, "THỜI GIAN", "10%"),
        new ScheduleColumn(ScheduleColumn.ContentField, "NỘI DUNG", "33%"),
        new ScheduleColumn(ScheduleColumn.LocationField, "ĐỊA ĐIỂM", "14%"),
        new ScheduleColumn(ScheduleColumn.LeadersField, "CHỦ TRÌ", "14%"),
        new ScheduleColumn(ScheduleColumn.PreparingUnitField, "THÀNH PHẦN/ ĐƠN VỊ CHUẨN BỊ", "18%"),
    });
}
