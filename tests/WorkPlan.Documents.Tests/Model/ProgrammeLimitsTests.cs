using System.Text.Json.Nodes;
using NodaTime;
using WorkPlan.Documents.Model;
using WorkPlan.Documents.Serialization;
using WorkPlan.Documents.Tests.Infrastructure;

namespace WorkPlan.Documents.Tests.Model;

public class ProgrammeLimitsTests
{
    private static readonly LocalDate May4 = new(2021, 5, 4);

    private static WorkProgrammeBuilder Builder() =>
        WorkProgramme.CreateBuilder(ProgrammePeriod.ForMonth(new YearMonth(2021, 5)))
            .WithAgency(Samples.Agency)
            .WithIdentity(new DocumentIdentity(5, "CTr-VPĐP", "Hà Tĩnh", new LocalDate(2021, 5, 7)))
            .WithSignature(Samples.Signature);

    private static WorkProgrammeBuilder WithEntries(WorkProgrammeBuilder builder, LocalDate date, int count) =>
        builder.Day(date, d => d.Morning(s =>
        {
            for (int i = 0; i < count; i++)
            {
                s.Add("Họp " + i);
            }
        }));

    [Fact]
    public void A_day_past_MaxEntriesPerDay_is_a_limit_error_naming_the_limit_and_the_day()
    {
        WorkProgrammeBuilder builder = WithEntries(Builder(), May4, ProgrammeLimits.MaxEntriesPerDay + 1);

        ProgrammeLimitException error = Assert.Throws<ProgrammeLimitException>(() => builder.Build());

        Assert.Equal(
            (nameof(ProgrammeLimits.MaxEntriesPerDay), 1000, 1001L, "day.sessions"),
            (error.LimitName, error.Limit, error.Actual, error.ParamName));
        Assert.Equal("day 2021-05-04 has 1,001 entries; at most 1,000 are allowed (limit MaxEntriesPerDay, see https://github.com/workplan-documents/WorkPlan.Documents/blob/main/docs/limits.md).", error.Reason);
    }

    [Fact]
    public void A_day_past_MaxEntriesPerDay_counts_every_session()
    {
        var sessions = new[] { SessionKind.Morning, SessionKind.Afternoon }
            .Select(kind => new ScheduleSession(kind, Enumerable.Range(0, 501).Select(i => new ScheduleEntry("Họp " + i))));

        ProgrammeLimitException error = Assert.Throws<ProgrammeLimitException>(() => new ScheduleDay(May4, DayStatus.WorkingDay, sessions));

        Assert.Equal(1002L, error.Actual);
    }

    [Fact]
    public void A_day_at_MaxEntriesPerDay_is_accepted()
    {
        WorkProgramme programme = WithEntries(Builder(), May4, ProgrammeLimits.MaxEntriesPerDay).Build();

        Assert.Equal(ProgrammeLimits.MaxEntriesPerDay, programme.Schedule.Days.Single(d => d.Date == May4).Entries.Count());
    }

    [Fact]
    public void A_schedule_past_MaxEntriesPerProgramme_is_a_limit_error()
    {
        WorkProgrammeBuilder builder = Builder();
        for (int day = 1; day <= 10; day++)
        {
            WithEntries(builder, new LocalDate(2021, 5, day), ProgrammeLimits.MaxEntriesPerDay);
        }

        WithEntries(builder, new LocalDate(2021, 5, 11), 1);

        ProgrammeLimitException error = Assert.Throws<ProgrammeLimitException>(() => builder.Build());

        Assert.Equal((nameof(ProgrammeLimits.MaxEntriesPerProgramme), 10_001L, "schedule.days"), (error.LimitName, error.Actual, error.ParamName));
    }

    [Fact]
    public void A_field_past_MaxTextLength_keeps_its_type_through_the_builder_and_names_the_day_and_field()
    {
        string content = new('x', ProgrammeLimits.MaxTextLength + 1);

        ProgrammeLimitException error = Assert.Throws<ProgrammeLimitException>(() => Builder().Day(May4, d => d.Morning(s => s.Add(content))));

        Assert.Equal((nameof(ProgrammeLimits.MaxTextLength), "entry.content"), (error.LimitName, error.ParamName));
        Assert.StartsWith("day 2021-05-04: entry.content has 10,001 characters; at most 10,000 are allowed", error.Reason, StringComparison.Ordinal);
        Assert.IsAssignableFrom<ArgumentException>(error);
    }

    [Fact]
    public void A_field_at_MaxTextLength_is_accepted()
    {
        Assert.Equal(ProgrammeLimits.MaxTextLength, new ScheduleEntry(new string('x', ProgrammeLimits.MaxTextLength)).Content.Length);
    }

    public static TheoryData<string, string, Action> PastEachLimit()
    {
        string tooLong = new('x', ProgrammeLimits.MaxTextLength + 1);
        string[] tooManyLines = Enumerable.Range(0, ProgrammeLimits.MaxLines + 1).Select(i => "Dòng " + i).ToArray();
        return new()
        {
            { nameof(ProgrammeLimits.MaxLeadersPerEntry), "entry.leaders", () => _ = new ScheduleEntry("x", leaders: Enumerable.Range(0, 51).Select(i => new Person("Tên " + i))) },
            { nameof(ProgrammeLimits.MaxFieldsPerEntry), "entry.fields", () => _ = new ScheduleEntry("x", fields: Enumerable.Range(0, 51).Select(i => new KeyValuePair<string, string>("f" + i, "v"))) },
            { nameof(ProgrammeLimits.MaxTextLength), "entry.fields[\"Ghi chú\"]", () => _ = new ScheduleEntry("x", fields: [new("Ghi chú", tooLong)]) },
            { nameof(ProgrammeLimits.MaxTextLength), "person.name", () => _ = new Person(tooLong) },
            { nameof(ProgrammeLimits.MaxFocusTasks), "focusTasks.tasks", () => _ = new FocusTaskSection(Enumerable.Range(0, 1001).Select(i => "Việc " + i)) },
            { nameof(ProgrammeLimits.MaxTextLength), "focusTasks.tasks[1]", () => _ = new FocusTaskSection(["Việc", tooLong]) },
            { nameof(ProgrammeLimits.MaxRecipients), "recipients.lines", () => _ = new RecipientList(Enumerable.Range(0, 1001).Select(i => new Recipient("Nơi " + i))) },
            { nameof(ProgrammeLimits.MaxLines), "recipients.archive", () => _ = new RecipientList(null, tooManyLines) },
            { nameof(ProgrammeLimits.MaxLines), "agency.nameLines", () => _ = new IssuingAgency([], tooManyLines, "VP") },
            { nameof(ProgrammeLimits.MaxLines), "signature.authorityLines", () => _ = new SignatureBlock(tooManyLines, "CHỦ TỊCH", "A") },
            { nameof(ProgrammeLimits.MaxTextLength), "identity.placeName", () => _ = new DocumentIdentity(1, "CTr", tooLong, May4) },
            { nameof(ProgrammeLimits.MaxDays), "dates", () => _ = ProgrammePeriod.ForInterval(new DateInterval(May4, May4.PlusDays(366))) },
        };
    }

    [Theory]
    [MemberData(nameof(PastEachLimit))]
    public void Each_limit_is_a_ProgrammeLimitException_naming_the_limit_and_the_field(string limitName, string field, Action create)
    {
        ProgrammeLimitException error = Assert.Throws<ProgrammeLimitException>(create);

        Assert.Equal((limitName, field), (error.LimitName, error.ParamName));
        Assert.True(error.Actual > error.Limit, error.Message);
        Assert.Contains("limit " + limitName, error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_programme_past_MaxProgrammeTextLength_is_a_limit_error()
    {
        string content = new('x', ProgrammeLimits.MaxTextLength);
        WorkProgrammeBuilder builder = Builder();
        for (int day = 1; day <= 5; day++)
        {
            builder.Day(day, d => d.Morning(s =>
            {
                for (int i = 0; i < ProgrammeLimits.MaxProgrammeTextLength / ProgrammeLimits.MaxTextLength / 5; i++)
                {
                    s.Add(content);
                }
            }));
        }

        ProgrammeLimitException error = Assert.Throws<ProgrammeLimitException>(() => builder.Build());

        Assert.Equal((nameof(ProgrammeLimits.MaxProgrammeTextLength), "programme"), (error.LimitName, error.ParamName));
        Assert.StartsWith("the programme has 4,000,", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_limit_met_in_json_is_reported_at_the_json_path_with_the_limit_behind_it()
    {
        JsonNode json = JsonNode.Parse(WorkProgrammeJson.Serialize(WithEntries(Builder(), May4, 1).Build()))!;
        JsonArray entries = json["schedule"]!["days"]![3]!["sessions"]![0]!["entries"]!.AsArray();
        for (int i = 0; i < ProgrammeLimits.MaxEntriesPerDay; i++)
        {
            entries.Add(new JsonObject { ["content"] = "Họp " + i });
        }

        WorkProgrammeJsonException error = Assert.Throws<WorkProgrammeJsonException>(() => WorkProgrammeJson.Deserialize(json.ToJsonString()));

        Assert.Equal("$.schedule.days[3].sessions", error.Path);
        Assert.Contains("limit MaxEntriesPerDay", error.Reason, StringComparison.Ordinal);
        Assert.IsType<ProgrammeLimitException>(error.InnerException);
    }
}
