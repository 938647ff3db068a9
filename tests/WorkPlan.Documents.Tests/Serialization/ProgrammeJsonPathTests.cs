using System.Text.Json;
using NodaTime;
using WorkPlan.Documents.Checking;
using WorkPlan.Documents.Model;
using WorkPlan.Documents.Serialization;
using WorkPlan.Documents.Tests.Infrastructure;

namespace WorkPlan.Documents.Tests.Serialization;

public class ProgrammeJsonPathTests
{
    // Hand-written: the days out of date order and a day's sessions out of kind order, as a person may type them; the
    // paths must name the document's own elements. A draft (no "number"), one entry without a preparing unit.
    private const string Document = """
        {
          "schemaVersion": 1,
          "agency": { "parentLines": ["UBND HUYỆN ĐỨC THỌ"], "nameLines": ["VĂN PHÒNG"], "abbreviation": "VP" },
          "identity": { "symbol": "CTr-VP", "placeName": "Đức Thọ", "issueDate": "2021-05-03" },
          "period": { "month": "2021-05" },
          "schedule": {
            "days": [
              { "date": "2021-05-05", "status": "workingDay" },
              { "date": "2021-05-04", "status": "workingDay", "sessions": [
                { "kind": "afternoon", "entries": [ { "content": "Họp giao ban", "leaders": [] } ] },
                { "kind": "morning", "entries": [
                  { "content": "Làm việc tại cơ quan", "preparingUnit": "Văn phòng", "leaders": [ { "name": "Nguyễn Văn A" } ] },
                  { "content": "Kiểm tra nông thôn mới", "leaders": [ { "name": "Trần Văn B" }, { "name": "Lê Thị C" } ] }
                ] }
              ] }
            ]
          },
          "signature": { "signerTitle": "CHÁNH VĂN PHÒNG", "signerName": "Nguyễn Văn D" }
        }
        """;

    private static readonly LocalDate Listed = new(2021, 5, 4);

    [Theory]
    [InlineData("identity.symbol", "$.identity.symbol")]
    [InlineData("agency.parentLines[0]", "$.agency.parentLines[0]")]
    [InlineData("signature.signerName", "$.signature.signerName")]
    public void A_header_field_is_its_property(string field, string expected) =>
        Assert.Equal(expected, PathOf(ProgrammeLocation.ForField(field)));

    [Theory]
    [InlineData("identity.number", "$.identity")]
    [InlineData("agency.parentLines[3]", "$.agency.parentLines")]
    [InlineData("signature.authorityLines[0]", "$.signature")]
    [InlineData("recipients.lines[0]", "$")]
    public void A_header_field_the_document_lacks_is_its_nearest_enclosing_value(string field, string expected) =>
        Assert.Equal(expected, PathOf(ProgrammeLocation.ForField(field)));

    [Fact]
    public void A_day_is_found_by_its_date_where_the_document_lists_it()
    {
        Assert.Equal("$.schedule.days[1]", PathOf(ProgrammeLocation.ForDay(Listed)));
        Assert.Equal("$.schedule.days[0]", PathOf(ProgrammeLocation.ForDay(new LocalDate(2021, 5, 5))));
    }

    [Fact]
    public void A_day_not_listed_is_the_list_of_days_or_the_root_without_one()
    {
        Assert.Equal("$.schedule.days", PathOf(ProgrammeLocation.ForDay(new LocalDate(2021, 5, 6))));
        Assert.Equal("$", PathOf(ProgrammeLocation.ForDay(Listed), "{ \"schedule\": {} }"));
        Assert.Equal("$", PathOf(ProgrammeLocation.ForDay(Listed), "[]"));
    }

    [Fact]
    public void An_entry_is_found_in_its_session_by_kind_and_by_its_index_within_the_session()
    {
        Assert.Equal("$.schedule.days[1].sessions[1].entries[1]", PathOf(ProgrammeLocation.ForEntry(Listed, SessionKind.Morning, 1)));
        Assert.Equal("$.schedule.days[1].sessions[0].entries[0]", PathOf(ProgrammeLocation.ForEntry(Listed, SessionKind.Afternoon, 0)));
    }

    [Theory]
    [InlineData("leaders[1]", "$.schedule.days[1].sessions[1].entries[1].leaders[1]")]
    [InlineData("leaders", "$.schedule.days[1].sessions[1].entries[1].leaders")]
    [InlineData("content", "$.schedule.days[1].sessions[1].entries[1].content")]
    public void A_field_of_an_entry_is_its_property(string field, string expected) =>
        Assert.Equal(expected, PathOf(ProgrammeLocation.ForEntry(Listed, SessionKind.Morning, 1, field)));

    [Theory]
    [InlineData("leaders[2]", "$.schedule.days[1].sessions[1].entries[1].leaders")]
    [InlineData("leaders[01]", "$.schedule.days[1].sessions[1].entries[1].leaders")]
    [InlineData("preparingUnit", "$.schedule.days[1].sessions[1].entries[1]")]
    [InlineData("leaders[0].honorific", "$.schedule.days[1].sessions[1].entries[1].leaders[0]")]
    public void A_field_of_an_entry_the_document_lacks_is_its_nearest_enclosing_value(string field, string expected) =>
        Assert.Equal(expected, PathOf(ProgrammeLocation.ForEntry(Listed, SessionKind.Morning, 1, field)));

    [Fact]
    public void An_entry_the_document_lacks_is_its_session_or_its_day()
    {
        Assert.Equal("$.schedule.days[1].sessions[1]", PathOf(ProgrammeLocation.ForEntry(Listed, SessionKind.Morning, 2)));
        Assert.Equal("$.schedule.days[1]", PathOf(ProgrammeLocation.ForEntry(Listed, SessionKind.Evening, 0)));
        Assert.Equal("$.schedule.days[0]", PathOf(ProgrammeLocation.ForEntry(new LocalDate(2021, 5, 5), SessionKind.Morning, 0)));
    }

    [Fact]
    public void Every_location_the_checker_reports_on_a_written_programme_names_a_value_of_the_document()
    {
        WorkProgramme programme = Samples.FullMonth();
        string json = WorkProgrammeJson.Serialize(programme);
        using JsonDocument document = JsonDocument.Parse(json);

        ScheduleDay day = programme.Schedule.Days[3];
        Assert.Equal("$.schedule.days[3].sessions[0].entries[1].leaders[1]", WorkProgrammeJson.PathOf(
            ProgrammeLocation.ForEntry(day.Date, day.Sessions[0].Kind, 1, "leaders[1]"), document.RootElement));
        foreach (Finding finding in ProgrammeChecker.Check(programme))
        {
            string path = WorkProgrammeJson.PathOf(finding.Location, document.RootElement);
            Assert.StartsWith("$", path, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_null_location_is_refused() =>
        Assert.Throws<ArgumentNullException>("location", () => WorkProgrammeJson.PathOf(null!, default));

    private static string PathOf(ProgrammeLocation location, string json = Document)
    {
        using JsonDocument document = JsonDocument.Parse(json);
        return WorkProgrammeJson.PathOf(location, document.RootElement);
    }
}
