using WorkPlan.Documents.Import;
using WorkPlan.Documents.Model;
using WorkPlan.Documents.Tests.Infrastructure;

namespace WorkPlan.Documents.Tests.Import;

/// <summary>
/// Text that cannot be seen is not text, in pasted text too: lines, cells and list items made only of zero-width or
/// format characters are blank, where they used to become values the model refuses (a recipient "\u200B" failed the
/// whole import).
/// </summary>
public class InvisibleTextImportTests
{
    private static readonly ImportHeader Header = new(Samples.Agency, Samples.Signature);

    [Fact]
    public void Lines_cells_and_list_items_of_invisible_characters_are_blank()
    {
        ImportResult result = ProgrammeTextImporter.Import(
            string.Join(
                "\n",
                "Hà Tĩnh, ngày 3 tháng 5 năm 2021",
                "CHƯƠNG TRÌNH CÔNG TÁC THÁNG 5 NĂM 2021",
                "1. Các công việc cần tập trung cao:",
                "- Kiểm tra sản phẩm OCOP.",
                "- \u200B\u200D",
                "\u200B\uFEFF",
                "2. Lịch làm việc tháng 5/2021:",
                "04 T3\tSáng: Giao ban\t\u200B\tĐ/c Oánh, \u2060, đ/c Long",
                "Nơi nhận:",
                "- UBND tỉnh;",
                "- \u200B;",
                "\u200B",
                "- Lưu: VT, \u200B."),
            Header);

        WorkProgramme programme = result.Programme;
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        Assert.Equal(["Kiểm tra sản phẩm OCOP."], programme.FocusTasks.Tasks);
        ScheduleEntry entry = Assert.Single(programme.Schedule.Days.SelectMany(d => d.Entries));
        Assert.Null(entry.PreparingUnit);
        Assert.Equal(["Oánh", "Long"], entry.Leaders.Select(p => p.Name));
        Assert.Equal(["UBND tỉnh"], programme.Recipients.Recipients.Select(r => r.Name));
        Assert.Equal("Lưu: VT.", programme.Recipients.ArchiveLine);
        Assert.Equal(4, result.Lines.Count(l => l.Kind == SourceLineKind.Blank));
    }
}
