using NodaTime;
using WorkPlan.Documents.Calendar;
using WorkPlan.Documents.Checking;
using WorkPlan.Documents.Model;
using WorkPlan.Documents.Serialization;
using WorkPlan.Documents.Tests.Infrastructure;

namespace WorkPlan.Documents.Tests.Model;

/// <summary>The kind of document a programme is issued as: title words, trích yếu, symbol, file name, JSON.</summary>
public class DocumentKindTests
{
    private static readonly LocalDate Monday = new(2021, 5, 10);

    private static WorkProgramme Week(DocumentKind kind) => Renderers.Seed().Week(Monday).WithKind(kind);

    [Fact]
    public void A_programme_is_a_programme_unless_told_otherwise()
    {
        Assert.Equal(DocumentKind.Programme, Renderers.Seed().Kind);
        Assert.Equal(DocumentKind.Programme, Samples.Minimal().Kind);
    }

    [Theory]
    [InlineData(DocumentKind.Programme, "Công tác tuần từ ngày 10/5 đến ngày 16/5/2021", "CTr-VPĐP", "chuong-trinh-cong-tac-tuan-19-2021")]
    [InlineData(DocumentKind.Schedule, "Tuần từ ngày 10/5 đến ngày 16/5/2021", "LCT-VPĐP", "lich-cong-tac-tuan-19-2021")]
    [InlineData(DocumentKind.Notice, "Lịch công tác tuần từ ngày 10/5 đến ngày 16/5/2021", "TB-VPĐP", "thong-bao-lich-cong-tac-tuan-19-2021")]
    public void Each_kind_derives_its_own_abstract_symbol_and_file_name(DocumentKind kind, string @abstract, string symbol, string fileName)
    {
        WorkProgramme week = Week(kind);

        Assert.Equal(kind, week.Kind);
        Assert.Equal(@abstract, week.Abstract);
        Assert.Equal(symbol, week.Identity.Symbol);
        Assert.Equal(fileName, week.SuggestedFileName);
        Assert.Equal(5, week.Identity.Number);
    }

    [Fact]
    public void A_month_notice_names_the_month()
    {
        WorkProgramme notice = Renderers.Seed().WithKind(DocumentKind.Notice);

        Assert.Equal("Lịch công tác tháng 5 năm 2021", notice.Abstract);
        Assert.Equal("Tháng 5 năm 2021", notice.WithKind(DocumentKind.Schedule).Abstract);
    }

    [Fact]
    public void A_symbol_not_of_the_kinds_form_is_kept_when_the_kind_changes()
    {
        WorkProgramme custom = WorkProgramme.CreateBuilder(ProgrammePeriod.ForWeek(Monday))
            .WithAgency(Samples.Agency)
            .WithSignature(Samples.Signature)
            .WithIdentity(new DocumentIdentity(12, "VPĐP-LT", "Hà Tĩnh", new LocalDate(2021, 5, 7)))
            .Build();

        Assert.Equal("VPĐP-LT", custom.WithKind(DocumentKind.Notice).Identity.Symbol);
    }

    [Fact]
    public void The_builder_keeps_the_symbol_it_is_given_whatever_the_kind()
    {
        WorkProgramme notice = WorkProgramme.CreateBuilder(ProgrammePeriod.ForWeek(Monday))
            .WithKind(DocumentKind.Notice)
            .WithAgency(Samples.Agency)
            .WithSignature(Samples.Signature)
            .WithIdentity(new DocumentIdentity(12, "CTr-VPĐP", "Hà Tĩnh", new LocalDate(2021, 5, 7)))
            .Build();

        Assert.Equal(DocumentKind.Notice, notice.Kind);
        Assert.Equal("CTr-VPĐP", notice.Identity.Symbol);
        Finding finding = Assert.Single(ProgrammeChecker.Check(notice), f => f.Rule == CheckRules.SymbolForm);
        Assert.Contains("\"TB-…\" that a notice (thông báo) takes", finding.Message, StringComparison.Ordinal);
        Assert.Contains("TB-VPĐP", finding.SuggestedFix!, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DocumentKind.Programme)]
    [InlineData(DocumentKind.Schedule)]
    [InlineData(DocumentKind.Notice)]
    public void The_symbol_the_kind_takes_passes_the_checker(DocumentKind kind) =>
        Assert.DoesNotContain(ProgrammeChecker.Check(Week(kind)), f => f.Rule == CheckRules.SymbolForm);

    [Theory]
    [InlineData("LLV-VPĐP")]
    [InlineData("VPĐP")]
    [InlineData("CTr-VPĐP")]
    public void A_work_schedules_symbol_is_not_checked_no_abbreviation_being_standardised(string symbol)
    {
        string json = WorkProgrammeJson.Serialize(Week(DocumentKind.Schedule)).Replace("\"LCT-VPĐP\"", "\"" + symbol + "\"", StringComparison.Ordinal);

        Assert.DoesNotContain(ProgrammeChecker.Check(WorkProgrammeJson.Deserialize(json)), f => f.Rule == CheckRules.SymbolForm);
    }

    [Fact]
    public void Another_kinds_symbol_is_an_error_for_a_programme()
    {
        WorkProgramme notice = Week(DocumentKind.Notice);
        WorkProgramme mislabelled = WorkProgrammeJson.Deserialize(WorkProgrammeJson.Serialize(notice).Replace("\"kind\": \"notice\"", "\"kind\": \"programme\"", StringComparison.Ordinal));

        Finding finding = Assert.Single(ProgrammeChecker.Check(mislabelled), f => f.Rule == CheckRules.SymbolForm);
        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Contains("\"TB-VPĐP\" is not of the form \"CTr-…\"", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_undefined_kind_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>("kind", () => Renderers.Seed().WithKind((DocumentKind)9));

    [Fact]
    public void The_week_of_a_notice_is_a_notice()
    {
        WorkProgramme monthNotice = Renderers.Seed().WithKind(DocumentKind.Notice);

        Assert.Equal(DocumentKind.Notice, monthNotice.Week(Monday).Kind);
        Assert.Equal("TB-VPĐP", monthNotice.Week(Monday).Identity.Symbol);
    }

    [Theory]
    [InlineData(DocumentKind.Programme, "programme")]
    [InlineData(DocumentKind.Schedule, "schedule")]
    [InlineData(DocumentKind.Notice, "notice")]
    public void Json_version_2_carries_the_kind_and_reads_it_back_with_every_value_as_written(DocumentKind kind, string name)
    {
        string json = WorkProgrammeJson.Serialize(Week(kind));

        Assert.StartsWith("{\n  \"schemaVersion\": 2,\n  \"kind\": \"" + name + "\",", json, StringComparison.Ordinal);
        WorkProgramme read = WorkProgrammeJson.Deserialize(json);
        Assert.Equal(kind, read.Kind);
        Assert.Equal(json, WorkProgrammeJson.Serialize(read));
    }

    [Fact]
    public void A_version_1_document_is_read_as_a_programme()
    {
        string v2 = WorkProgrammeJson.Serialize(Renderers.Seed());
        string v1 = v2.Replace("\"schemaVersion\": 2,\n  \"kind\": \"programme\",", "\"schemaVersion\": 1,", StringComparison.Ordinal);
        Assert.NotEqual(v2, v1);

        WorkProgramme read = WorkProgrammeJson.Deserialize(v1);

        Assert.Equal(DocumentKind.Programme, read.Kind);
        Assert.Equal(v2, WorkProgrammeJson.Serialize(read));
    }

    [Fact]
    public void A_notice_read_from_json_keeps_the_symbol_it_was_given()
    {
        string json = WorkProgrammeJson.Serialize(Week(DocumentKind.Notice)).Replace("\"TB-VPĐP\"", "\"CTr-VPĐP\"", StringComparison.Ordinal);

        WorkProgramme read = WorkProgrammeJson.Deserialize(json);

        Assert.Equal(DocumentKind.Notice, read.Kind);
        Assert.Equal("CTr-VPĐP", read.Identity.Symbol);
    }
}
