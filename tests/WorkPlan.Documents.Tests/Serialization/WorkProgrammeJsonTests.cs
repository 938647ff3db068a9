using System.Text;
using System.Text.Json;
using WorkPlan.Documents.Model;
using WorkPlan.Documents.Serialization;
using WorkPlan.Documents.Tests.Infrastructure;

namespace WorkPlan.Documents.Tests.Serialization;

public class WorkProgrammeJsonTests
{
    [Fact]
    public void A_full_month_with_every_optional_field_round_trips()
    {
        WorkProgramme original = Samples.FullMonth();

        string json = WorkProgrammeJson.Serialize(original);
        WorkProgramme copy = WorkProgrammeJson.Deserialize(json);

        Assert.Equal(json, WorkProgrammeJson.Serialize(copy));
        Assert.Equal(original.Period, copy.Period);
        Assert.Equal(original.Abstract, copy.Abstract);
        Assert.Equal(original.Assumed, copy.Assumed);
        Assert.Equal(original.Identity.IssueDate, copy.Identity.IssueDate);
        ScheduleEntry entry = copy.Schedule.Days[3].Sessions[0].Entries[1];
        Assert.Equal(new NodaTime.LocalTime(8, 30), entry.StartTime);
        Assert.True(entry.IsAllDay);
        Assert.Equal("UBND tỉnh", entry.CalendarOf);
        Assert.Equal("Hội trường UBND huyện Đức Thọ", entry.Location);
        Assert.Equal("Mang hồ sơ", entry.Fields["Ghi chú"]);
        Assert.Null(entry.Leaders[1].Honorific);
        Assert.Equal(NodaTime.IsoDayOfWeek.Tuesday, copy.Schedule.Days[3].WrittenWeekday);
        Assert.Equal(["VT", "VPĐP"], copy.Recipients.Archive);
        Assert.Equal("để báo cáo", copy.Recipients.Recipients[1].Purpose);
    }

    [Fact]
    public void A_week_round_trips_with_start_and_end()
    {
        string json = WorkProgrammeJson.Serialize(Samples.Minimal());
        Assert.Contains("\"start\": \"2021-05-10\"", json, StringComparison.Ordinal);
        Assert.Equal(json, WorkProgrammeJson.Serialize(WorkProgrammeJson.Deserialize(json)));
    }

    [Fact]
    public async Task Streams_round_trip()
    {
        using var stream = new MemoryStream();
        await WorkProgrammeJson.SerializeAsync(stream, Samples.FullMonth());
        stream.Position = 0;
        WorkProgramme copy = await WorkProgrammeJson.DeserializeAsync(stream);
        Assert.Equal(WorkProgrammeJson.Serialize(Samples.FullMonth()), WorkProgrammeJson.Serialize(copy));
    }

    [Fact]
    public void Vietnamese_is_written_literally_and_carries_the_schema_version()
    {
        string json = WorkProgrammeJson.Serialize(Samples.FullMonth());
        Assert.Contains("\"schemaVersion\": 2,\n  \"kind\": \"programme\"", json, StringComparison.Ordinal);
        Assert.Contains("Văn phòng Điều phối", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u", json, StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string> BadDocuments => new()
    {
        { "{", "$", "" },
        { "[]", "$", "expected a JSON object here" },
        { "\"programme\"", "$", "expected a JSON object here" },
        { Mutate(o => o["agency"] = "VPĐP"), "$.agency", "expected a JSON object here" },
        { Mutate(o => Obj(o, "agency")["nameLines"] = "VĂN PHÒNG"), "$.agency.nameLines", "expected a JSON array here" },
        { Mutate(o => Obj(o, "agency")["abbreviation"] = 5), "$.agency.abbreviation", "expected a JSON string here" },
        { "null", "$", "found null" },
        { Mutate(o => o["schemaVersion"] = 3), "$.schemaVersion", "not supported" },
        { Mutate(o => o.Remove("kind")), "$.kind", "a value is required" },
        { Mutate(o => o["kind"] = "memo"), "$.kind", "expected one of \"programme\", \"schedule\", \"notice\"" },
        { Mutate(o => o["schemaVersion"] = 1), "$.kind", "a property of schemaVersion 2" },
        { Mutate(o => o.Remove("agency")), "$", "missing required property 'agency'" },
        { Mutate(o => o["surprise"] = 1), "$", "unknown property 'surprise'" },
        { Mutate(o => Obj(o, "identity")["issueDate"] = "07/05/2021"), "$.identity.issueDate", "" },
        { Mutate(o => Obj(o, "identity")["number"] = "năm"), "$.identity.number", "" },
        { Mutate(o => Obj(o, "identity")["symbol"] = "CTr VPĐP"), "$.identity.symbol", "spaces" },
        { Mutate(o => Obj(o, "period")["month"] = "2021-13"), "$.period.month", "" },
        { Mutate(o => Day(o, 3)["status"] = "party"), "$.schedule.days[3].status", "expected one of" },
        { Mutate(o => Day(o, 3)["date"] = "2021-06-04"), "$", "outside the period" },
        { Mutate(o => Entry(o, 3, 0, 0)["content"] = " "), "$.schedule.days[3].sessions[0].entries[0].content", "must not be empty" },
        { Mutate(o => Entry(o, 3, 0, 0)["content"] = "Giao\u0001ban"), "$.schedule.days[3].sessions[0].entries[0].content", "U+0001" },
        { Mutate(o => Entry(o, 3, 0, 1)["startTime"] = "8h30"), "$.schedule.days[3].sessions[0].entries[1].startTime", "HH:mm" },
        { Mutate(o => ((System.Text.Json.Nodes.JsonArray)Obj(o, "schedule")["days"]!).Add(Day(o, 3).DeepClone())), "$.schedule", "twice" },
    };

    [Theory]
    [MemberData(nameof(BadDocuments))]
    public void Bad_JSON_names_the_path_and_returns_no_model(string json, string path, string reasonFragment)
    {
        WorkProgrammeJsonException error = Assert.Throws<WorkProgrammeJsonException>(() => WorkProgrammeJson.Deserialize(json));
        Assert.StartsWith(path, error.Path, StringComparison.Ordinal);
        Assert.StartsWith(error.Path, error.Message, StringComparison.Ordinal);
        Assert.Contains(reasonFragment, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Syntax_errors_carry_the_line()
    {
        WorkProgrammeJsonException error = Assert.Throws<WorkProgrammeJsonException>(() => WorkProgrammeJson.Deserialize("{\n  \"schemaVersion\": 1,\n  oops\n}"));
        Assert.Equal(2, error.LineNumber);
        Assert.Contains("line 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_published_schema_names_every_property_the_serializer_writes()
    {
        using Stream stream = WorkProgrammeJson.OpenSchema();
        using JsonDocument schema = JsonDocument.Parse(stream);
        var known = new HashSet<string>(StringComparer.Ordinal);
        Collect(schema.RootElement, known);

        using JsonDocument sample = JsonDocument.Parse(WorkProgrammeJson.Serialize(Samples.FullMonth()));
        var written = new HashSet<string>(StringComparer.Ordinal);
        CollectNames(sample.RootElement, written, insideFields: false);

        Assert.Empty(written.Except(known));
    }

    private static void Collect(JsonElement element, HashSet<string> names)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (JsonProperty property in element.EnumerateObject())
            {
                if (property.Name == "properties")
                {
                    foreach (JsonProperty p in property.Value.EnumerateObject())
                    {
                        names.Add(p.Name);
                    }
                }

                Collect(property.Value, names);
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (JsonElement item in element.EnumerateArray())
            {
                Collect(item, names);
            }
        }
    }

    private static void CollectNames(JsonElement element, HashSet<string> names, bool insideFields)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (JsonProperty property in element.EnumerateObject())
            {
                if (!insideFields)
                {
                    names.Add(property.Name);
                }

                CollectNames(property.Value, names, property.Name == "fields");
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (JsonElement item in element.EnumerateArray())
            {
                CollectNames(item, names, false);
            }
        }
    }

    private static System.Text.Json.Nodes.JsonObject Obj(System.Text.Json.Nodes.JsonObject root, string name) =>
        (System.Text.Json.Nodes.JsonObject)root[name]!;

    private static System.Text.Json.Nodes.JsonObject Day(System.Text.Json.Nodes.JsonObject root, int index) =>
        (System.Text.Json.Nodes.JsonObject)((System.Text.Json.Nodes.JsonArray)Obj(root, "schedule")["days"]!)[index]!;

    private static System.Text.Json.Nodes.JsonObject Entry(System.Text.Json.Nodes.JsonObject root, int day, int session, int entry) =>
        (System.Text.Json.Nodes.JsonObject)((System.Text.Json.Nodes.JsonArray)((System.Text.Json.Nodes.JsonObject)((System.Text.Json.Nodes.JsonArray)Day(root, day)["sessions"]!)[session]!)["entries"]!)[entry]!;

    private static string Mutate(Action<System.Text.Json.Nodes.JsonObject> change)
    {
        var root = (System.Text.Json.Nodes.JsonObject)System.Text.Json.Nodes.JsonNode.Parse(WorkProgrammeJson.Serialize(Samples.FullMonth()))!;
        change(root);
        return root.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }
}
