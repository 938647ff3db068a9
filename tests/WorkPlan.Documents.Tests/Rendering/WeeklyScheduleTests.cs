using System.IO.Compression;
using WorkPlan.Documents.Checking;
using WorkPlan.Documents.Linting;
using WorkPlan.Documents.Model;
using WorkPlan.Documents.Rendering;
using WorkPlan.Documents.Rendering.ViewModel;
using WorkPlan.Documents.Tests.Infrastructure;

namespace WorkPlan.Documents.Tests.Rendering;

/// <summary>
/// The week of 10–16/5/2021 taken from the seed month, rendered as each kind of document with the weekly column
/// preset: the title, trích yếu, symbol, annex line and document titles follow the kind, and the checker and the ND30
/// lint find no error. The goldens are in <see cref="RenderingGoldenTests"/> (cases week19-*).
/// </summary>
public class WeeklyScheduleTests
{
    private static readonly RenderOptions Weekly = new() { Columns = ScheduleColumns.Weekly };

    public static TheoryData<DocumentKind, string, string, string> Kinds => new()
    {
        { DocumentKind.Programme, "CHƯƠNG TRÌNH", "Công tác tuần từ ngày 10/5 đến ngày 16/5/2021", "Chương trình công tác tuần từ ngày 10/5 đến ngày 16/5/2021" },
        { DocumentKind.Schedule, "LỊCH CÔNG TÁC", "Tuần từ ngày 10/5 đến ngày 16/5/2021", "Lịch công tác tuần từ ngày 10/5 đến ngày 16/5/2021" },
        { DocumentKind.Notice, "THÔNG BÁO", "Lịch công tác tuần từ ngày 10/5 đến ngày 16/5/2021", "Thông báo lịch công tác tuần từ ngày 10/5 đến ngày 16/5/2021" },
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void The_docx_has_the_kinds_title_and_passes_the_checker_and_the_nd30_lint(DocumentKind kind, string type, string @abstract, string title)
    {
        WorkProgramme week = RenderingGoldenTests.Week19(kind);
        byte[] docx = Renderers.Default.RenderDocx(week, Weekly);

        string text = DocxProjection.Text(docx);
        Assert.Contains("[document-type] " + type + "\n[abstract] " + @abstract + "\n", text, StringComparison.Ordinal);
        Assert.Contains("<dc:title>" + title + "</dc:title>", CoreProperties(docx), StringComparison.Ordinal);
        Assert.DoesNotContain(ProgrammeChecker.Check(week), f => f.Severity == FindingSeverity.Error);
        using var stream = new MemoryStream(docx);
        Assert.DoesNotContain(Nd30Linter.Check(stream), f => f.Severity == FindingSeverity.Error);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void The_html_has_the_kinds_title_and_the_weekly_columns(DocumentKind kind, string type, string @abstract, string title)
    {
        string html = Renderers.Default.RenderHtml(RenderingGoldenTests.Week19(kind), Weekly);

        Assert.Contains("<title>" + title + "</title>", html, StringComparison.Ordinal);
        Assert.Contains(">" + type + "<", html, StringComparison.Ordinal);
        Assert.Contains(">" + @abstract + "<", html, StringComparison.Ordinal);
        foreach (ScheduleColumn column in ScheduleColumns.Weekly)
        {
            Assert.Contains(">" + column.Heading + "<", html, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(DocumentKind.Programme, "(Kèm theo Chương trình số 05/CTr-VPĐP ngày 07 tháng 5 năm 2021)", "DỰ KIẾN LỊCH LÀM VIỆC TUẦN TỪ NGÀY 10/5 ĐẾN NGÀY 16/5/2021")]
    [InlineData(DocumentKind.Schedule, "(Kèm theo Lịch công tác số 05/LCT-VPĐP ngày 07 tháng 5 năm 2021)", "LỊCH CÔNG TÁC TUẦN TỪ NGÀY 10/5 ĐẾN NGÀY 16/5/2021")]
    [InlineData(DocumentKind.Notice, "(Kèm theo Thông báo số 05/TB-VPĐP ngày 07 tháng 5 năm 2021)", "THÔNG BÁO LỊCH CÔNG TÁC TUẦN TỪ NGÀY 10/5 ĐẾN NGÀY 16/5/2021")]
    public void The_annex_names_the_document_it_is_attached_to(DocumentKind kind, string line, string annexTitle)
    {
        string html = Renderers.Default.RenderHtml(
            RenderingGoldenTests.Week19(kind), new RenderOptions { Columns = ScheduleColumns.Weekly, SchedulePlacement = SchedulePlacement.Annex });

        Assert.Contains(line, html, StringComparison.Ordinal);
        Assert.Contains(">" + annexTitle + "<", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DocumentKind.Schedule)]
    [InlineData(DocumentKind.Notice)]
    public void A_schedule_or_notice_has_no_section_heading_of_its_own(DocumentKind kind)
    {
        string html = Renderers.Default.RenderHtml(RenderingGoldenTests.Week19(kind), Weekly);

        Assert.DoesNotContain("Dự kiến lịch làm việc", html, StringComparison.Ordinal);
        Assert.Contains("Dự kiến lịch làm việc", Renderers.Default.RenderHtml(RenderingGoldenTests.Week19(DocumentKind.Programme), Weekly), StringComparison.Ordinal);
    }

    [Fact]
    public void The_weekly_preset_fills_the_time_and_location_columns_from_the_entry()
    {
        WorkProgramme week = WorkProgramme.CreateBuilder(ProgrammePeriod.ForWeek(new NodaTime.LocalDate(2021, 5, 10)))
            .WithKind(DocumentKind.Notice)
            .WithAgency(Samples.Agency)
            .WithSignature(Samples.Signature)
            .WithIdentity(new DocumentIdentity(12, "TB-VPĐP", "Hà Tĩnh", new NodaTime.LocalDate(2021, 5, 7)))
            .Day(new NodaTime.LocalDate(2021, 5, 10), d => d.Morning(s => s.AddAtLocation(new NodaTime.LocalTime(8, 0), "Giao ban Văn phòng", "Phòng họp tầng 2", "Phòng HCTHTT", "Oánh")))
            .Build();

        string html = Renderers.Default.RenderHtml(week, Weekly);

        Assert.Contains(">8 giờ<", html, StringComparison.Ordinal);
        Assert.Contains(">Phòng họp tầng 2<", html, StringComparison.Ordinal);

        // The time is printed once, in its column, not again before the work (a helper's review found "8 giờ: Giao ban").
        Assert.Contains(">Giao ban Văn phòng<", html, StringComparison.Ordinal);
        Assert.DoesNotContain("giờ: Giao ban", html, StringComparison.Ordinal);
        Assert.Contains("8 giờ: Giao ban Văn phòng", Renderers.Default.RenderHtml(week), StringComparison.Ordinal);
    }

    private static string CoreProperties(byte[] docx)
    {
        using var archive = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        using var reader = new StreamReader(archive.GetEntry("docProps/core.xml")!.Open());
        return reader.ReadToEnd();
    }
}
