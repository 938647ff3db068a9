using NodaTime;
using WorkPlan.Documents.Checking;
using WorkPlan.Documents.Model;
using WorkPlan.Documents.Tests.Infrastructure;

namespace WorkPlan.Documents.Tests.Checking;

public class FormBlankCheckTests
{
    [Fact]
    public void A_scaffold_left_with_the_form_blanks_gets_one_error_per_blank()
    {
        WorkProgramme programme = Build(FormBlanks.Agency, FormBlanks.Signature, FormBlanks.PlaceName);

        List<Finding> findings = ProgrammeChecker.Check(programme).Where(f => f.RuleId == "WP010").ToList();

        Assert.Equal(
            ["agency.parentLines[0]", "agency.nameLines[0]", "agency.abbreviation", "identity.placeName", "signature.signerTitle", "signature.signerName"],
            findings.Select(f => f.Location.Field));
        Assert.All(findings, f => Assert.Equal(FindingSeverity.Error, f.Severity));
        Assert.Equal("agency.nameLines[0] is still the blank \"TÊN CƠ QUAN, TỔ CHỨC\" of the ND30 form.", findings[1].Message);
    }

    [Fact]
    public void A_filled_in_header_has_no_blank()
    {
        WorkProgramme programme = Build(Samples.Agency, Samples.Signature, "Hà Tĩnh");

        Assert.DoesNotContain(ProgrammeChecker.Check(programme), f => f.RuleId == "WP010");
    }

    [Fact]
    public void Only_the_blank_that_is_left_is_reported()
    {
        WorkProgramme programme = Build(Samples.Agency, new SignatureBlock(["KT. CHÁNH VĂN PHÒNG"], "PHÓ CHÁNH VĂN PHÒNG", FormBlanks.SignerName), "Hà Tĩnh");

        Finding finding = Assert.Single(ProgrammeChecker.Check(programme), f => f.RuleId == "WP010");
        Assert.Equal("signature.signerName", finding.Location.Field);
    }

    private static WorkProgramme Build(IssuingAgency agency, SignatureBlock signature, string place) =>
        WorkProgramme.CreateBuilder(ProgrammePeriod.ForMonth(new YearMonth(2021, 5)))
            .WithAgency(agency)
            .WithIdentity(new DocumentIdentity(null, "CTr-" + agency.Abbreviation, place, new LocalDate(2021, 5, 1)))
            .WithSignature(signature)
            .Build();
}
