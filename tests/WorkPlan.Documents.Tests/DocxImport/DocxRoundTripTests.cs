using NodaTime;
using WorkPlan.Documents.Benchmarks.Inputs;
using WorkPlan.Documents.DocxImport;
using WorkPlan.Documents.Import;
using WorkPlan.Documents.Model;
using WorkPlan.Documents.Rendering;
using WorkPlan.Documents.Rendering.ViewModel;
using WorkPlan.Documents.Serialization;
using WorkPlan.Documents.Tests.Infrastructure;

namespace WorkPlan.Documents.Tests.DocxImport;

/// <summary>
/// The library's own .docx read back: render → import gives the same programme, for the seed, the seed with its
/// schedule in an annex, a weekly programme across two months and the benchmarks' 10× year. What a .docx cannot carry
/// is named in <see cref="Comparable"/> (and docs/import-docx.md).
/// </summary>
public sealed class DocxRoundTripTests
{
    [Fact]
    public void The_seed_comes_back_equal()
    {
        AssertRoundTrip(Renderers.Seed(), RenderOptions.Default);
    }

    [Fact]
    public void The_seed_with_its_schedule_in_an_annex_comes_back_equal()
    {
        AssertRoundTrip(Renderers.Seed(), new RenderOptions { SchedulePlacement = SchedulePlacement.Annex });
    }

    [Fact]
    public void A_weekly_programme_across_two_months_comes_back_equal()
    {
        AssertRoundTrip(Weekly(), RenderOptions.Default);
    }

    [Fact]
    public void The_ten_times_year_comes_back_equal()
    {
        AssertRoundTrip(ProgrammeScaler.Year(Renderers.Seed()), RenderOptions.Default);
    }

    [Theory]
    [InlineData(DocumentKind.Programme)]
    [InlineData(DocumentKind.Schedule)]
    [InlineData(DocumentKind.Notice)]
    public void The_week_as_each_kind_with_the_weekly_columns_comes_back_equal(DocumentKind kind)
    {
        AssertRoundTrip(Rendering.RenderingGoldenTests.Week19(kind), new RenderOptions { Columns = ScheduleColumns.Weekly });
    }

    [Theory]
    [InlineData(SchedulePlacement.Body)]
    [InlineData(SchedulePlacement.Annex)]
    public void A_notice_with_times_and_places_in_the_weekly_columns_comes_back_equal(SchedulePlacement placement)
    {
        WorkProgramme notice = WorkProgramme.CreateBuilder(ProgrammePeriod.ForWeek(new LocalDate(2021, 5, 10)))
            .WithKind(DocumentKind.Notice)
            .WithAgency(Samples.Agency)
            .WithSignature(Samples.Signature)
            .WithIdentity(new DocumentIdentity(12, "TB-VPĐP", "Hà Tĩnh", new LocalDate(2021, 5, 7)))
            .Day(new LocalDate(2021, 5, 10), d => d
                .Morning(s => s.AddAtLocation(new LocalTime(7, 30), "Giao ban Văn phòng", "Phòng họp tầng 2", "Phòng HCTHTT", "Oánh", "Long"))
                .Afternoon(s => s.AddAtLocation(new LocalTime(14, 0), "Làm việc với huyện Kỳ Anh", "UBND huyện Kỳ Anh", "Phòng KHNVGS", "Oánh")))
            .Day(new LocalDate(2021, 5, 11), d => d.Morning(s => s.Add("Kiểm tra cơ sở", "Phòng OCOP", "Dực")))
            .Build();

        AssertRoundTrip(notice, new RenderOptions { Columns = ScheduleColumns.Weekly, SchedulePlacement = placement });
    }

    [Fact]
    public void Every_paragraph_and_row_of_the_seed_is_accounted_for_without_a_warning()
    {
        DocxImportResult result = Import(Renderers.Seed(), RenderOptions.Default);

        Assert.DoesNotContain(result.Diagnostics, d => d.Severity != ImportSeverity.Information);
        Assert.DoesNotContain(result.Lines, l => l.Kind == SourceLineKind.NotPlaced);
        Assert.Equal(result.Lines.Count, result.Locations.Count);
        Assert.Equal(Enumerable.Range(1, result.Lines.Count), result.Lines.Select(l => l.Number));
    }

    /// <summary>A week from Monday 31 May to Sunday 6 June 2021: day cells "31/5" and "01/6" in one table.</summary>
    internal static WorkProgramme Weekly() =>
        WorkProgramme.CreateBuilder(ProgrammePeriod.ForWeek(new LocalDate(2021, 6, 2)))
            .WithAgency(new IssuingAgency(["UBND HUYỆN ĐỨC THỌ"], ["VĂN PHÒNG HĐND VÀ UBND"], "VP"))
            .WithIdentity(new DocumentIdentity(12, "CTr-VP", "Đức Thọ", new LocalDate(2021, 5, 28)))
            .WithSignature(new SignatureBlock(["TL. CHỦ TỊCH"], "CHÁNH VĂN PHÒNG", "Trần Văn C"))
            .AddFocusTask("Hoàn thành báo cáo tháng 5.")
            .Day(new LocalDate(2021, 5, 31), d => d
                .Morning(s => s.Add("Giao ban đầu tuần", "Văn phòng", "Oánh", "Long"))
                .Afternoon(s => s.AddAt(new LocalTime(14, 0), "Họp Ban chỉ đạo", "Phòng Nông nghiệp", "Long")))
            .Day(new LocalDate(2021, 6, 1), d => d.Status(DayStatus.Holiday))
            .Day(new LocalDate(2021, 6, 2), d => d.AllDay(s => s.Add("Đi kiểm tra cơ sở", null)))
            .Day(new LocalDate(2021, 6, 3), d => d.Morning(s => s.Add("Tiếp công dân")).Evening(s => s.Add("Trực cơ quan", "Văn phòng")))
            .Day(new LocalDate(2021, 6, 5), d => d.Morning(_ => { }))
            .AddRecipient("UBND huyện", "để báo cáo")
            .AddRecipient("Các phòng, ban")
            .WithArchive("VT")
            .Build();

    private static DocxImportResult Import(WorkProgramme programme, RenderOptions options)
    {
        byte[] docx = Renderers.Default.RenderDocx(programme, options);
        using var stream = new MemoryStream(docx);
        return ProgrammeDocxImporter.Import(stream, ImportHeader.Blank);
    }

    private static void AssertRoundTrip(WorkProgramme programme, RenderOptions options)
    {
        DocxImportResult result = Import(programme, options);

        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        Assert.Equal(WorkProgrammeJson.Serialize(Comparable(programme)), WorkProgrammeJson.Serialize(result.Programme));
    }

    /// <summary>
    /// The programme as a .docx can carry it: nothing assumed (the file shows every value, not where it came from),
    /// each day's weekday written (the document prints the date's weekday whether or not the source wrote one), no
    /// session without entries (the document prints no row for one), and the schedule heading written out (a default
    /// heading and the same text given explicitly print alike).
    /// </summary>
    internal static WorkProgramme Comparable(WorkProgramme programme) =>
        new WorkProgramme(
            programme.Agency,
            programme.Identity,
            programme.Period,
            new ScheduleSection(
                programme.Schedule.Days.Select(d => new ScheduleDay(d.Date, d.Status, d.Sessions.Where(s => s.Entries.Count > 0), d.HolidayName, d.IsProvisional, d.WrittenWeekday ?? d.Date.DayOfWeek)),
                programme.ScheduleHeading.Length == 0 ? null : programme.ScheduleHeading),
            programme.Signature,
            programme.FocusTasks,
            programme.Recipients,
            programme.CustomAbstract,
            AssumedFields.None).AsKind(programme.Kind);
}
