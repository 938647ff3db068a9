using NodaTime;
using WorkPlan.Documents.Checking;
using WorkPlan.Documents.Model;
using WorkPlan.Documents.Tests.Infrastructure;

namespace WorkPlan.Documents.Tests.Checking;

/// <summary>WP011: invisible characters inside a field, which <c>check</c> used to say nothing about.</summary>
public class InvisibleCharacterCheckTests
{
    [Fact]
    public void Each_field_holding_invisible_characters_is_reported_once_at_the_field()
    {
        WorkProgramme programme = Builder("Hà\u200BTĩnh")
            .Day(1, d => d.Status(DayStatus.Holiday, "Ngày Quốc tế\u00AD lao động"))
            .Day(4, d => d.Morning(s => s
                .Add("Giao ban", "Phòng HCTHTT", "Oánh")
                .Add(new ScheduleEntry(
                    "\uFEFFHọp\u200B hoàn\u200B thiện",
                    "Phòng\u200D OCOP",
                    [new Person("Dực"), new Person("Anh\u2060")],
                    fields: [new KeyValuePair<string, string>("Ghi chú", "x\u200Cy")]))))
            .Build();

        List<Finding> findings = ProgrammeChecker.Check(programme).Where(f => f.RuleId == "WP011").ToList();

        Assert.Equal(
            [
                "identity.placeName",
                "2021-05-01",
                "2021-05-04 Morning #2 content",
                "2021-05-04 Morning #2 preparingUnit",
                "2021-05-04 Morning #2 leaders[1].name",
                "2021-05-04 Morning #2 fields.Ghi chú",
            ],
            findings.Select(f => f.Location.ToString()));
        Assert.All(findings, f => Assert.Equal(FindingSeverity.Warning, f.Severity));
        Assert.Equal("identity.placeName holds 1 character that cannot be seen (U+200B), the first at position 3: \"Hà\\u200BTĩnh\".", findings[0].Message);
        Assert.Equal("holidayName holds 1 character that cannot be seen (U+00AD), the first at position 13: \"Ngày Quốc tế\\u00AD lao động\".", findings[1].Message);
        Assert.Equal("The text holds 3 characters that cannot be seen (U+FEFF, U+200B), the first at position 1: \"\\uFEFFHọp\\u200B hoàn\\u200B thiện\".", findings[2].Message);
        Assert.Equal("Delete them: retype the text, or paste it as plain text.", findings[0].SuggestedFix);
    }

    [Fact]
    public void A_long_text_is_quoted_around_its_first_invisible_character()
    {
        string content = new string('a', 50) + "\u200B" + new string('b', 50);
        WorkProgramme programme = Builder("Hà Tĩnh").Day(4, d => d.Morning(s => s.Add(content))).Build();

        Finding finding = Assert.Single(ProgrammeChecker.Check(programme), f => f.RuleId == "WP011");

        Assert.EndsWith($"at position 51: \"…{new string('a', 20)}\\u200B{new string('b', 19)}…\".", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Vietnamese_text_in_every_field_gives_no_finding()
    {
        Assert.DoesNotContain(ProgrammeChecker.Check(Samples.FullMonth()), f => f.RuleId == "WP011");
    }

    private static WorkProgrammeBuilder Builder(string place) =>
        WorkProgramme.CreateBuilder(ProgrammePeriod.ForMonth(new YearMonth(2021, 5)))
            .WithAgency(Samples.Agency)
            .WithIdentity(new DocumentIdentity(5, "CTr-VPĐP", place, new LocalDate(2021, 5, 3)))
            .WithSignature(Samples.Signature)
            .IncludeEmptyDays(false);
}
