using System.Text.Json;
using NodaTime;
using WorkPlan.Documents.Model;
using WorkPlan.Documents.Serialization;

namespace WorkPlan.Documents.Tests.Serialization;

public class JsonNamesTests
{
    [Fact]
    public void Every_value_of_each_enumeration_has_one_name_that_reads_back_as_it()
    {
        AssertComplete(JsonNames.Kind, Enum.GetValues<DocumentKind>());
        AssertComplete(JsonNames.Status, Enum.GetValues<DayStatus>());
        AssertComplete(JsonNames.Session, Enum.GetValues<SessionKind>());
        AssertComplete(JsonNames.Weekday, Enum.GetValues<IsoDayOfWeek>().Where(d => d != IsoDayOfWeek.None).ToArray());
        AssertComplete(JsonNames.Assumed, Enum.GetValues<AssumedFields>().Where(f => f != AssumedFields.None).ToArray());
    }

    [Fact]
    public void The_names_are_the_schemas_in_the_schemas_order()
    {
        using Stream stream = WorkProgrammeJson.OpenSchema();
        using JsonDocument schema = JsonDocument.Parse(stream);
        string text = schema.RootElement.GetRawText();

        Assert.Contains(Enumerated(JsonNames.Kind), text, StringComparison.Ordinal);
        Assert.Contains(Enumerated(JsonNames.Status), text, StringComparison.Ordinal);
        Assert.Contains(Enumerated(JsonNames.Session), text, StringComparison.Ordinal);
        Assert.Contains(Enumerated(JsonNames.Assumed), text, StringComparison.Ordinal);
        Assert.Contains(Enumerated(JsonNames.Weekday).TrimEnd(']') + ", null]", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(SessionKind.AllDay, "allDay")]
    [InlineData(SessionKind.Morning, "morning")]
    [InlineData(SessionKind.Afternoon, "afternoon")]
    [InlineData(SessionKind.Evening, "evening")]
    public void A_session_kind_is_named_as_the_format_writes_it(SessionKind kind, string name)
    {
        Assert.Equal(name, WorkProgrammeJson.NameOf(kind));
        Assert.Contains($"\"kind\": \"{name}\"", WorkProgrammeJson.Serialize(WorkProgramme.CreateBuilder(ProgrammePeriod.ForMonth(new YearMonth(2021, 5)))
            .WithAgency(FormBlanks.Agency)
            .WithSignature(FormBlanks.Signature)
            .WithIdentity(new DocumentIdentity(null, "CTr-VP", "Hà Tĩnh", new LocalDate(2021, 5, 3)))
            .Day(new LocalDate(2021, 5, 4), d => d.Session(kind, s => s.Add("Họp")))
            .Build()), StringComparison.Ordinal);
    }

    [Fact]
    public void An_undefined_session_kind_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>("kind", () => WorkProgrammeJson.NameOf((SessionKind)7));

    private static void AssertComplete<T>(JsonNameTable<T> table, T[] values)
        where T : struct, Enum
    {
        Assert.Equal(values.Length, table.Pairs.Count);
        Assert.Equal(values.Length, table.Pairs.Select(p => p.Name).Distinct(StringComparer.Ordinal).Count());
        foreach (T value in values)
        {
            Assert.True(table.TryParse(table.NameOf(value), out T read));
            Assert.Equal(value, read);
        }
    }

    // As the schema file writes an enum: ["a", "b"] (GetRawText keeps the file's spacing).
    private static string Enumerated<T>(JsonNameTable<T> table)
        where T : struct, Enum =>
        "[" + string.Join(", ", table.Pairs.Select(p => "\"" + p.Name + "\"")) + "]";
}
