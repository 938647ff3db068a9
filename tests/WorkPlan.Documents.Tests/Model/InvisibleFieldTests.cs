using NodaTime;
using WorkPlan.Documents.Model;

namespace WorkPlan.Documents.Tests.Model;

/// <summary>
/// Text that cannot be seen is not text: a required field made only of zero-width and format characters (which used
/// to be accepted and render blank) is refused like an empty one, naming the field; an optional one is absent.
/// </summary>
public class InvisibleFieldTests
{
    public static TheoryData<string> InvisibleTexts() => new()
    {
        "\u200B",
        "\u200D",
        "\uFEFF",
        "\u200B\u200C\u200D\u2060\uFEFF",
        " \u200B\t\u00AD ",
        "\U000E0001\U000E0020",
    };

    [Theory]
    [MemberData(nameof(InvisibleTexts))]
    public void A_required_field_of_invisible_characters_is_refused_like_an_empty_one(string invisible)
    {
        Assert.Equal("entry.content", Refused(() => new ScheduleEntry(invisible)));
        Assert.Equal("person.name", Refused(() => new Person(invisible)));
        Assert.Equal("recipient.name", Refused(() => new Recipient(invisible)));
        Assert.Equal("signature.signerName", Refused(() => new SignatureBlock(null, "CHÁNH VĂN PHÒNG", invisible)));
        Assert.Equal("signature.signerTitle", Refused(() => new SignatureBlock(null, invisible, "Nguyễn Văn A")));
        Assert.Equal("agency.abbreviation", Refused(() => new IssuingAgency([], ["VĂN PHÒNG"], invisible)));
        Assert.Equal("agency.nameLines[1]", Refused(() => new IssuingAgency([], ["VĂN PHÒNG", invisible], "VP")));
        Assert.Equal("identity.placeName", Refused(() => new DocumentIdentity(5, "CTr-VP", invisible, new LocalDate(2021, 5, 7))));
        Assert.Equal("focusTasks.tasks[0]", Refused(() => new FocusTaskSection([invisible])));
    }

    [Fact]
    public void The_refusal_says_the_text_holds_only_characters_that_cannot_be_seen()
    {
        ArgumentException error = Assert.Throws<ArgumentException>(() => new ScheduleEntry("\u200B\u200D"));

        Assert.StartsWith("entry.content must not be empty: it holds only characters that cannot be seen (U+200B).", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(InvisibleTexts))]
    public void An_optional_field_of_invisible_characters_is_absent(string invisible)
    {
        var entry = new ScheduleEntry("Giao ban", preparingUnit: invisible, location: invisible, calendarOf: invisible);

        Assert.Null(entry.PreparingUnit);
        Assert.Null(entry.Location);
        Assert.Null(entry.CalendarOf);
        Assert.Null(new Person("Dực", invisible).Honorific);
        Assert.Null(new Recipient("UBND tỉnh", invisible).Purpose);
    }

    [Fact]
    public void Invisible_characters_inside_visible_text_are_kept_as_written()
    {
        Assert.Equal("Hà\u200BTĩnh", new Recipient("Hà\u200BTĩnh").Name);
        Assert.Equal("\uFEFFGiao ban", new ScheduleEntry("\uFEFFGiao ban").Content);
    }

    private static string? Refused(Func<object> create) => Assert.Throws<ArgumentException>(create).ParamName;
}
