namespace WorkPlan.Documents.Model;

/// <summary>
/// The kind of document (tên loại) a programme is issued as. The kind decides the title, the symbol, the default
/// trích yếu, the annex line and the file name; the schedule itself is the same for every kind.
/// </summary>
/// <remarks>
/// Only "Chương trình" (CTr) and "Thông báo" (TB) are in the table of Nghị định 30/2020/NĐ-CP, Phụ lục III. Many
/// offices issue their weekly schedule as a "Lịch công tác" instead, with the symbol LCT; <see href="https://github.com/workplan-documents/WorkPlan.Documents/blob/main/docs/weekly-schedules.md">docs/weekly-schedules.md</see>
/// has the sources.
/// </remarks>
public enum DocumentKind
{
    /// <summary>A work programme (chương trình công tác): tên loại "CHƯƠNG TRÌNH", symbol "CTr-…".</summary>
    Programme = 0,

    /// <summary>
    /// A work schedule (lịch công tác): tên loại "LỊCH CÔNG TÁC". No abbreviation is standardised for it: the library
    /// forms "LCT-…" when it has to form a symbol, and the checker accepts any symbol the office gives.
    /// </summary>
    Schedule = 1,

    /// <summary>
    /// A notice of the work schedule (thông báo lịch công tác): tên loại "THÔNG BÁO", trích yếu "Lịch công tác tuần …",
    /// symbol "TB-…".
    /// </summary>
    Notice = 2,
}
