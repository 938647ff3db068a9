using System.Globalization;
using System.Text;
using WorkPlan.Documents.Import;
using WorkPlan.Documents.Model;
using WorkPlan.Documents.Serialization;
using WorkPlan.Documents.Tests.Infrastructure;

namespace WorkPlan.Documents.Tests.Serialization;

/// <summary>
/// Strict reading (issue 14): a byte-order mark is accepted everywhere; text that is not UTF-8, duplicate keys and dates
/// that do not exist are named as such; every error carries the JSON path, line and column of the value at fault.
/// </summary>
public class StrictJsonTests
{
    private static readonly string Json = WorkProgrammeJson.Serialize(Samples.FullMonth());

    private const string Header =
        "{\n  \"headerVersion\": 1,\n  \"agency\": { \"nameLines\": [\"A\"], \"abbreviation\": \"A\" },\n"
        + "  \"signature\": { \"signerTitle\": \"T\", \"signerName\": \"N\" }\n}";

    [Fact]
    public async Task A_utf8_byte_order_mark_is_accepted_by_every_json_entry_point()
    {
        byte[] utf8 = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Json)];
        using var stream = new MemoryStream(utf8);

        Assert.Equal(Json, WorkProgrammeJson.Serialize(WorkProgrammeJson.Deserialize("\uFEFF" + Json)));
        Assert.Equal(Json, WorkProgrammeJson.Serialize(await WorkProgrammeJson.DeserializeAsync(stream)));
        Assert.Equal("A", ImportHeader.Parse("\uFEFF" + Header).Agency.Abbreviation);
    }

    [Fact]
    public async Task An_error_after_a_byte_order_mark_is_at_the_same_line_and_column()
    {
        string bad = Json.Replace("\"CTr-VPĐP\"", "\"CTr VPĐP\"", StringComparison.Ordinal);
        byte[] utf8 = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(bad)];

        WorkProgrammeJsonException plain = Assert.Throws<WorkProgrammeJsonException>(() => WorkProgrammeJson.Deserialize(bad));
        WorkProgrammeJsonException marked = await Assert.ThrowsAsync<WorkProgrammeJsonException>(() => WorkProgrammeJson.DeserializeAsync(new MemoryStream(utf8)));

        Assert.Equal(plain.Message, marked.Message);
        Assert.Equal((plain.LineNumber, plain.BytePositionInLine), (marked.LineNumber, marked.BytePositionInLine));
    }

    [Fact]
    public async Task Bytes_that_are_not_utf8_are_named_as_such_with_their_byte_offset_and_the_value_holding_them()
    {
        byte[] utf8 = Encoding.UTF8.GetBytes(Json);
        int at = IndexOf(utf8, "\"Hà Tĩnh\"") + 1;
        utf8[at] = 0xC3;
        utf8[at + 1] = (byte)'(';

        WorkProgrammeJsonException error = await Assert.ThrowsAsync<WorkProgrammeJsonException>(() => WorkProgrammeJson.DeserializeAsync(new MemoryStream(utf8)));

        Assert.Equal("$.identity.placeName", error.Path);
        Assert.Equal($"is not UTF-8 text (save it as UTF-8): byte 0xC3 at byte offset {at} is not part of a UTF-8 character.", error.Reason);
        Assert.Equal(PositionOf(Json, Json.IndexOf("\"Hà Tĩnh\"", StringComparison.Ordinal) + 1), (error.Line, error.Column));
    }

    [Fact]
    public async Task A_programme_saved_as_windows_1258_is_named_not_utf8()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        byte[] legacy = Encoding.GetEncoding(1258).GetBytes(Json.Normalize(NormalizationForm.FormD));

        WorkProgrammeJsonException error = await Assert.ThrowsAsync<WorkProgrammeJsonException>(() => WorkProgrammeJson.DeserializeAsync(new MemoryStream(legacy)));

        Assert.StartsWith("is not UTF-8 text (save it as UTF-8): byte 0x", error.Reason, StringComparison.Ordinal);
        Assert.Equal("$.agency.parentLines[0]", error.Path);
        Assert.NotNull(error.Line);
    }

    [Theory]
    [InlineData("utf-16LE", 1, "byte 0x00 at byte offset 1; the file looks like UTF-16.")]
    [InlineData("utf-16BE", 0, "byte 0x00 at byte offset 0; the file looks like UTF-16.")]
    public async Task Utf16_without_a_byte_order_mark_is_named_not_utf8(string encoding, int offset, string reason)
    {
        byte[] utf16 = Encoding.GetEncoding(encoding).GetBytes(Json);

        WorkProgrammeJsonException error = await Assert.ThrowsAsync<WorkProgrammeJsonException>(() => WorkProgrammeJson.DeserializeAsync(new MemoryStream(utf16)));

        Assert.Equal("is not UTF-8 text (save it as UTF-8): " + reason, error.Reason);
        Assert.Equal((1, offset == 0 ? 1 : 2), (error.Line, error.Column));
    }

    [Fact]
    public async Task Utf16_with_a_byte_order_mark_is_named_not_utf8()
    {
        byte[] utf16 = [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Json)];

        WorkProgrammeJsonException error = await Assert.ThrowsAsync<WorkProgrammeJsonException>(() => WorkProgrammeJson.DeserializeAsync(new MemoryStream(utf16)));

        Assert.Equal("is not UTF-8 text (save it as UTF-8): it is UTF-16 (it starts with a UTF-16 byte-order mark).", error.Reason);
        Assert.Equal(("$", 1, 1), (error.Path, error.Line, error.Column));
    }

    [Theory]
    [InlineData("\\ud800", "\\ud800")]
    [InlineData("x\\udc00y", "\\udc00")]
    [InlineData("\\ud800\\u0041", "\\ud800")]
    public void An_escaped_half_of_a_surrogate_pair_is_named_not_unicode(string escape, string named)
    {
        string json = Json.Replace("\"Chuẩn bị tài liệu\"", "\"" + escape + "\"", StringComparison.Ordinal);
        int value = json.IndexOf("\"" + escape, StringComparison.Ordinal);

        WorkProgrammeJsonException error = Assert.Throws<WorkProgrammeJsonException>(() => WorkProgrammeJson.Deserialize(json));

        Assert.Equal("$.schedule.days[3].sessions[2].entries[0].content", error.Path);
        Assert.StartsWith($"is not Unicode text: the escape {named} at byte offset ", error.Reason, StringComparison.Ordinal);
        Assert.Equal(PositionOf(json, json.IndexOf(named, value, StringComparison.Ordinal)), (error.Line, error.Column));
    }

    [Fact]
    public void An_escaped_surrogate_pair_is_read_as_its_character()
    {
        string json = Json.Replace("\"Chuẩn bị tài liệu\"", "\"Chuẩn bị \\ud83d\\udcc4\"", StringComparison.Ordinal);

        Assert.Equal("Chuẩn bị 📄", WorkProgrammeJson.Deserialize(json).Schedule.Days[3].Sessions[2].Entries[0].Content);
    }

    [Fact]
    public void A_lone_surrogate_in_a_string_given_to_the_reader_is_named_not_unicode()
    {
        string json = Json.Replace("Chuẩn bị tài liệu", "Chuẩn bị \uD800", StringComparison.Ordinal);

        WorkProgrammeJsonException error = Assert.Throws<WorkProgrammeJsonException>(() => WorkProgrammeJson.Deserialize(json));

        Assert.Equal("$.schedule.days[3].sessions[2].entries[0].content", error.Path);
        Assert.StartsWith("is not Unicode text", error.Reason, StringComparison.Ordinal);
        Assert.Equal(PositionOf(json, json.IndexOf('\uD800', StringComparison.Ordinal)), (error.Line, error.Column));
    }

    [Fact]
    public void A_duplicate_key_is_refused_with_the_path_and_position_of_the_second()
    {
        string json = Json.Replace("\"number\": 5,", "\"number\": 5,\n    \"number\": 6,", StringComparison.Ordinal);
        int first = json.IndexOf("\"number\"", StringComparison.Ordinal);
        int second = json.IndexOf("\"number\"", first + 1, StringComparison.Ordinal);
        (int? line, int? column) = PositionOf(json, first);

        WorkProgrammeJsonException error = Assert.Throws<WorkProgrammeJsonException>(() => WorkProgrammeJson.Deserialize(json));

        Assert.Equal("$.identity.number", error.Path);
        Assert.Equal($"the property \"number\" is given twice in one object (first at line {line}, column {column}); give it once.", error.Reason);
        Assert.Equal(PositionOf(json, second), (error.Line, error.Column));
    }

    [Theory]
    [InlineData("\"Ghi chú\": \"Mang hồ sơ\",", "\"Ghi chú\": \"Mang hồ sơ\",\n              \"Ghi chú\": \"x\",", "$.schedule.days[3].sessions[0].entries[1].fields['Ghi chú']")]
    [InlineData("\"schemaVersion\": 2,", "\"schemaVersion\": 2,\n  \"schema\\u0056ersion\": 2,", "$.schemaVersion")]
    public void A_duplicate_key_is_refused_in_any_object_however_it_is_escaped(string find, string replace, string path)
    {
        string json = Json.Replace(find, replace, StringComparison.Ordinal);

        WorkProgrammeJsonException error = Assert.Throws<WorkProgrammeJsonException>(() => WorkProgrammeJson.Deserialize(json));

        Assert.Equal(path, error.Path);
        Assert.Contains("is given twice in one object", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_duplicate_key_among_many_is_found_and_names_in_later_objects_are_not_taken_for_duplicates()
    {
        // 49 names beside the entry's own field: 50 in all, the most an entry may have (ProgrammeLimits.MaxFieldsPerEntry).
        string many = string.Join(", ", Enumerable.Range(0, 49).Select(i => $"\"f{i}\": \"x\""));
        string json = Json.Replace("\"Ghi chú\": \"Mang hồ sơ\",", many + ", \"f7\": \"y\",", StringComparison.Ordinal);
        string unique = Json.Replace("\"Ghi chú\": \"Mang hồ sơ\",", many + ",", StringComparison.Ordinal);

        WorkProgrammeJsonException error = Assert.Throws<WorkProgrammeJsonException>(() => WorkProgrammeJson.Deserialize(json));

        Assert.Equal("$.schedule.days[3].sessions[0].entries[1].fields.f7", error.Path);
        Assert.Equal(50, WorkProgrammeJson.Deserialize(unique).Schedule.Days[3].Sessions[0].Entries[1].Fields.Count);
    }

    [Fact]
    public async Task A_stream_that_cannot_seek_is_read_whole()
    {
        using var stream = new UnseekableStream(Encoding.UTF8.GetBytes(Json));

        Assert.Equal(Json, WorkProgrammeJson.Serialize(await WorkProgrammeJson.DeserializeAsync(stream)));
    }

    [Fact]
    public void A_duplicate_key_in_the_import_header_is_refused()
    {
        ProgrammeImportException error = Assert.Throws<ProgrammeImportException>(() => ImportHeader.Parse(
            Header.Replace("\"headerVersion\": 1,", "\"headerVersion\": 1, \"headerVersion\": 1,", StringComparison.Ordinal)));

        WorkProgrammeJsonException json = Assert.IsType<WorkProgrammeJsonException>(error.InnerException);
        Assert.Equal(("$.headerVersion", 2, 23), (json.Path, json.Line, json.Column));
    }

    [Theory]
    [InlineData("\"issueDate\": \"2021-05-07\"", "\"issueDate\": \"2021-02-30\"", "$.identity.issueDate", "\"2021-02-30\" is not a date: 30 February 2021 does not exist (February 2021 has 28 days).")]
    [InlineData("\"issueDate\": \"2021-05-07\"", "\"issueDate\": \"2024-02-30\"", "$.identity.issueDate", "\"2024-02-30\" is not a date: 30 February 2024 does not exist (February 2024 has 29 days).")]
    [InlineData("\"issueDate\": \"2021-05-07\"", "\"issueDate\": \"2021-04-31\"", "$.identity.issueDate", "\"2021-04-31\" is not a date: 31 April 2021 does not exist (April 2021 has 30 days).")]
    [InlineData("\"issueDate\": \"2021-05-07\"", "\"issueDate\": \"2021-13-01\"", "$.identity.issueDate", "\"2021-13-01\" is not a date: month 13 does not exist (months run from 01 to 12).")]
    [InlineData("\"issueDate\": \"2021-05-07\"", "\"issueDate\": \"2021-05-00\"", "$.identity.issueDate", "\"2021-05-00\" is not a date: day 00 does not exist (days run from 01).")]
    [InlineData("\"date\": \"2021-05-04\"", "\"date\": \"2021-05-32\"", "$.schedule.days[3].date", "\"2021-05-32\" is not a date: 32 May 2021 does not exist (May 2021 has 31 days).")]
    [InlineData("\"month\": \"2021-05\"", "\"month\": \"2021-13\"", "$.period.month", "\"2021-13\" is not a month: month 13 does not exist (months run from 01 to 12).")]
    [InlineData("\"month\": \"2021-05\"", "\"month\": \"2021-00\"", "$.period.month", "\"2021-00\" is not a month: month 00 does not exist (months run from 01 to 12).")]
    public void An_impossible_date_is_named_as_such_at_its_value(string find, string replace, string path, string reason)
    {
        string json = Json.Replace(find, replace, StringComparison.Ordinal);
        int value = json.IndexOf(replace, StringComparison.Ordinal) + replace.IndexOf(": ", StringComparison.Ordinal) + 2;

        WorkProgrammeJsonException error = Assert.Throws<WorkProgrammeJsonException>(() => WorkProgrammeJson.Deserialize(json));

        Assert.Equal((path, reason), (error.Path, error.Reason));
        Assert.Equal(PositionOf(json, value), (error.Line, error.Column));
    }

    [Theory]
    [InlineData("\"07/05/2021\"", "expected a date written yyyy-MM-dd here.")]
    [InlineData("20210507", "expected a date written yyyy-MM-dd here.")]
    [InlineData("\"-0001-05-07\"", "expected a date written yyyy-MM-dd here.")] // a signed year parsed, and rendered "năm -1"
    [InlineData("\"+2021-05-07\"", "expected a date written yyyy-MM-dd here.")]
    public void A_date_of_the_wrong_form_is_still_named_by_its_form(string value, string reason)
    {
        string json = Json.Replace("\"issueDate\": \"2021-05-07\"", "\"issueDate\": " + value, StringComparison.Ordinal);

        WorkProgrammeJsonException error = Assert.Throws<WorkProgrammeJsonException>(() => WorkProgrammeJson.Deserialize(json));

        Assert.Equal(("$.identity.issueDate", reason), (error.Path, error.Reason));
    }

    [Fact]
    public void An_impossible_month_in_the_import_header_is_named_as_such()
    {
        ProgrammeImportException error = Assert.Throws<ProgrammeImportException>(() => ImportHeader.Parse(
            Header.Replace("\"headerVersion\": 1,", "\"headerVersion\": 1, \"month\": \"2021-13\",", StringComparison.Ordinal)));

        Assert.Contains("$.month (line 2, column 32): \"2021-13\" is not a month: month 13 does not exist", error.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string, string> ModelErrors => new()
    {
        { "\"CTr-VPĐP\"", "\"CTr VPĐP\"", "$.identity.symbol", "identity.symbol \"CTr VPĐP\" must not contain spaces" },
        { "\"number\": 5", "\"number\": 0", "$.identity.number", "identity.number must be 1 or greater" },
        { "\"Tổ chức gameshow OCOP là gì tại Hương Sơn, Thị xã Hồng Lĩnh.\"", "\" \"", "$.focusTasks.tasks[1]", "focusTasks.tasks[1] must not be empty." },
        { "\"NÔNG THÔN MỚI\"", "\"\\u200B\\u0001\"", "$.agency.nameLines[1]", "agency.nameLines[1] contains" },
        { "\"KT. CHÁNH VĂN PHÒNG\"", "\"\\u0002\"", "$.signature.authorityLines[0]", "signature.authorityLines[0] contains" },
        { "\"VT\"", "\"\"", "$.recipients.archive[0]", "recipients.archive[0] must not be empty." },
        { "\"Mang hồ sơ\"", "\"Mang\\u0003\"", "$.schedule.days[3].sessions[0].entries[1].fields['Ghi chú']", "entry.fields[\"Ghi chú\"] contains" },
        { "\"Long\"", "\"  \"", "$.schedule.days[3].sessions[0].entries[0].leaders[1].name", "person.name must not be empty." },
        { "\"Ngày Quốc tế Lao động\"", "\"\\u0004\"", "$.schedule.days[0].holidayName", "holidayName contains" },
        { "\"Công tác tháng 5 năm 2021 của Văn phòng Điều phối\"", "\"\\u0005\"", "$.abstract", "abstract contains" },
        // A blank trích yếu was read as "none" and replaced by the derived one (a helper's review): it is an error.
        { "\"Công tác tháng 5 năm 2021 của Văn phòng Điều phối\"", "\"   \"", "$.abstract", "abstract must not be empty." },
    };

    [Theory]
    [MemberData(nameof(ModelErrors))]
    public void A_model_error_names_the_path_line_and_column_of_the_value_that_caused_it(string find, string replace, string path, string reason)
    {
        Assert.Contains(find, Json, StringComparison.Ordinal);
        string json = ReplaceFirst(Json, find, replace);
        int named = replace.IndexOf("\": ", StringComparison.Ordinal);
        int value = json.IndexOf(replace, StringComparison.Ordinal) + (named < 0 ? 0 : named + 3);

        WorkProgrammeJsonException error = Assert.Throws<WorkProgrammeJsonException>(() => WorkProgrammeJson.Deserialize(json));

        Assert.Equal(path, error.Path);
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("(Parameter", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Actual value", error.Message, StringComparison.Ordinal);
        Assert.Equal(PositionOf(json, value), (error.Line, error.Column));
        Assert.Equal(FormattableString.Invariant($"{path} (line {error.Line}, column {error.Column}): {error.Reason}"), error.Message);
    }

    [Fact]
    public void A_missing_value_is_placed_at_the_nearest_value_the_document_has()
    {
        string json = Json.Replace("\"symbol\": \"CTr-VPĐP\",", "\"symbol\": null,", StringComparison.Ordinal);

        WorkProgrammeJsonException error = Assert.Throws<WorkProgrammeJsonException>(() => WorkProgrammeJson.Deserialize(json));

        Assert.Equal("$.identity.symbol", error.Path);
        Assert.Equal(PositionOf(json, json.IndexOf("null", StringComparison.Ordinal)), (error.Line, error.Column));
    }

    [Fact]
    public void A_period_of_more_than_a_year_names_the_period()
    {
        string json = Json.Replace("\"month\": \"2021-05\"", "\"start\": \"2021-05-01\", \"end\": \"2022-05-31\"", StringComparison.Ordinal);

        WorkProgrammeJsonException error = Assert.Throws<WorkProgrammeJsonException>(() => WorkProgrammeJson.Deserialize(json));

        Assert.Equal("$.period", error.Path);
        Assert.Contains("at most 366", error.Reason, StringComparison.Ordinal);
        Assert.Equal(PositionOf(json, json.IndexOf('{', json.IndexOf("\"period\"", StringComparison.Ordinal))), (error.Line, error.Column));
    }

    [Fact]
    public void An_end_before_the_start_is_written_in_iso_whatever_the_culture()
    {
        string json = Json.Replace("\"month\": \"2021-05\"", "\"start\": \"2021-05-10\", \"end\": \"2021-05-01\"", StringComparison.Ordinal);
        CultureInfo culture = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("th-TH");

            WorkProgrammeJsonException error = Assert.Throws<WorkProgrammeJsonException>(() => WorkProgrammeJson.Deserialize(json));

            Assert.Equal(("$.period.end", "end 2021-05-01 is before start 2021-05-10."), (error.Path, error.Reason));
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    [Fact]
    public void A_header_model_error_names_the_path_line_and_column()
    {
        ProgrammeImportException error = Assert.Throws<ProgrammeImportException>(() => ImportHeader.Parse(
            Header.Replace("\"headerVersion\": 1,", "\"headerVersion\": 1, \"symbol\": \"CTr VP\",", StringComparison.Ordinal)));

        WorkProgrammeJsonException json = Assert.IsType<WorkProgrammeJsonException>(error.InnerException);
        Assert.Equal(("$.symbol", 2, 33), (json.Path, json.Line, json.Column));
        Assert.DoesNotContain("(Parameter", error.Message, StringComparison.Ordinal);
    }

    private sealed class UnseekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;

        public override long Length => throw new NotSupportedException();
    }

    private static string ReplaceFirst(string text, string find, string replace)
    {
        int at = text.IndexOf(find, StringComparison.Ordinal);
        return text[..at] + replace + text[(at + find.Length)..];
    }

    private static int IndexOf(byte[] haystack, string needle) =>
        haystack.AsSpan().IndexOf(Encoding.UTF8.GetBytes(needle));

    /// <summary>The 1-based line and column (in characters) of <paramref name="index"/> in <paramref name="text"/>.</summary>
    private static (int? Line, int? Column) PositionOf(string text, int index)
    {
        Assert.True(index >= 0);
        int lineStart = text.LastIndexOf('\n', Math.Max(0, index - 1)) + 1;
        if (index == 0)
        {
            lineStart = 0;
        }

        return (text[..index].Count(c => c == '\n') + 1, index - lineStart + 1);
    }
}
