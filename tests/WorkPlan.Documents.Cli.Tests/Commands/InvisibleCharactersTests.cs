using WorkPlan.Documents.Cli.Tests.Infrastructure;

namespace WorkPlan.Documents.Cli.Tests.Commands;

/// <summary>
/// Text that cannot be seen is not text: a required field made only of invisible characters is refused like an empty
/// one (it used to render blank), and <c>check</c> points at every field holding invisible characters (WP011).
/// </summary>
public class InvisibleCharactersTests
{
    private const string SignerName = "\"signerName\": \"Nguyễn Văn A\"";

    [Theory]
    [InlineData("check")]
    [InlineData("render")]
    public void A_required_field_of_invisible_characters_is_refused_like_an_empty_one(string command)
    {
        using var temp = new TempFolder();
        string plan = temp.Write("plan.json", SeedWith(SignerName, "\"signerName\": \"\\u200B\\u200D\\uFEFF\""));

        CliRun run = command == "check" ? Workplan.Run("check", plan) : Workplan.Run("render", plan, "-o", temp["out"]);

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        string error = Assert.Single(run.ErrorLines, l => l.Contains("error", StringComparison.Ordinal));
        Assert.StartsWith(plan, error, StringComparison.Ordinal);
        Assert.EndsWith(
            "error: $.signature.signerName: signature.signerName must not be empty: it holds only characters that cannot be seen (U+200B).",
            error,
            StringComparison.Ordinal);
        Assert.False(Directory.Exists(temp["out"]) && Directory.EnumerateFiles(temp["out"], "*.docx").Any());
    }

    [Fact]
    public void Check_points_at_the_json_line_of_each_field_holding_invisible_characters()
    {
        using var temp = new TempFolder();
        string json = SeedWith("\"placeName\": \"Hà Tĩnh\"", "\"placeName\": \"Hà\\u200BTĩnh\"")
            .Replace("\"content\": \"Giao ban Lãnh đạo Văn phòng\"", "\"content\": \"Giao ban\\u2060 Lãnh đạo Văn phòng\"", StringComparison.Ordinal);
        string plan = temp.Write("plan.json", json);

        CliRun run = Workplan.Run("check", plan);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(
            [
                $"{plan}(18,18): warning WP011: identity.placeName holds 1 character that cannot be seen (U+200B), the first at position 3: \"Hà\\u200BTĩnh\". Fix: Delete them: retype the text, or paste it as plain text.",
                $"{plan}(76,28): warning WP011: 2021-05-04 Morning #1 content: The text holds 1 character that cannot be seen (U+2060), the first at position 9: \"Giao ban\\u2060 Lãnh đạo Văn phòng\". Fix: Delete them: retype the text, or paste it as plain text.",
            ],
            run.Output.Split('\n').Where(l => l.Contains(" WP011: ", StringComparison.Ordinal)));
        Assert.EndsWith("0 error(s), 9 warning(s), 14 information.\n", run.Output, StringComparison.Ordinal);
    }

    private static string SeedWith(string text, string replacement)
    {
        string seed = File.ReadAllText(Seed.Json);
        Assert.Contains(text, seed, StringComparison.Ordinal);
        return seed.Replace(text, replacement, StringComparison.Ordinal);
    }
}
