using System.Text.Json.Nodes;
using WorkPlan.Documents.Cli.Tests.Infrastructure;

namespace WorkPlan.Documents.Cli.Tests.Commands;

/// <summary>Past a limit of docs/limits.md, the tool says which limit, with the exit code of the input at fault.</summary>
public class LimitsTests
{
    /// <summary>The seed with <paramref name="extra"/> more entries on 4 May ($.schedule.days[3], 2 entries already).</summary>
    private static string SeedWithEntries(int extra)
    {
        JsonNode json = JsonNode.Parse(File.ReadAllText(Seed.Json))!;
        JsonArray entries = json["schedule"]!["days"]![3]!["sessions"]![0]!["entries"]!.AsArray();
        for (int i = 0; i < extra; i++)
        {
            entries.Add(new JsonObject { ["content"] = "Họp " + i });
        }

        return json.ToJsonString();
    }

    [Fact]
    public void A_day_past_the_entry_limit_is_an_input_error_naming_the_limit_never_a_template_error()
    {
        using var temp = new TempFolder();
        string big = temp.Write("big.json", SeedWithEntries(1_000));

        CliRun render = Workplan.Run("render", big, "-o", temp["out"]);
        CliRun check = Workplan.Run("check", big);

        foreach (CliRun run in new[] { render, check })
        {
            Assert.True(run.ExitCode == ExitCodes.InvalidInput, run.ToString());
            string line = run.ErrorLines[0];
            Assert.StartsWith(big, line, StringComparison.Ordinal);
            Assert.Contains(": error: $.schedule.days[3].sessions: day 2021-05-04 has 1,00", line, StringComparison.Ordinal);
            Assert.Contains("limit MaxEntriesPerDay", line, StringComparison.Ordinal);
            Assert.DoesNotContain("rowspan", run.Error, StringComparison.Ordinal);
        }

        Assert.Equal(["big.json"], temp.Files());
    }

    [Fact]
    public void A_programme_past_a_limit_fails_alone_in_a_batch()
    {
        using var temp = new TempFolder();
        temp.Write("plans/a-big.json", SeedWithEntries(1_000));
        temp.Write("plans/b-fine.json", File.ReadAllText(Seed.Json));

        CliRun run = Workplan.Run("render", temp["plans"], "-o", temp["out"]);

        Assert.True(run.ExitCode == ExitCodes.InvalidInput, run.ToString());
        Assert.Equal(["out/b-fine.docx", "out/b-fine.html", "plans/a-big.json", "plans/b-fine.json"], temp.Files());
        Assert.Contains(run.ErrorLines, l => l.StartsWith(temp["plans/a-big.json"], StringComparison.Ordinal) && l.Contains("MaxEntriesPerDay", StringComparison.Ordinal));
    }

    [Fact]
    public void A_template_folder_with_a_link_that_leaves_it_is_refused_naming_the_file()
    {
        using var temp = new TempFolder();
        string secret = temp.Write("secret.txt", "<p class=\"abstract\">SECRET</p>");
        Directory.CreateDirectory(temp["templates"]);
        string link = temp["templates/title.sbn-html"];
        File.CreateSymbolicLink(link, secret);

        CliRun run = Workplan.Run("render", Seed.Json, "-o", temp["out"], "--templates", temp["templates"]);

        Assert.True(run.ExitCode == ExitCodes.InvalidTemplates, run.ToString());
        string line = Assert.Single(run.ErrorLines);
        Assert.Contains($"\"{link}\" is a symbolic link to \"{secret}\", outside the template folder", line, StringComparison.Ordinal);
        Assert.False(Directory.Exists(temp["out"]));
    }

    [Fact]
    public void Export_neither_follows_nor_replaces_a_link_that_leaves_the_folder()
    {
        using var temp = new TempFolder();
        string outside = temp.Write("outside.css", "keep me");
        Directory.CreateDirectory(temp["mine"]);
        File.CreateSymbolicLink(temp["mine/nd30.css"], outside);

        CliRun run = Workplan.Run("templates", "export", temp["mine"], "--force");

        Assert.True(run.ExitCode == ExitCodes.OutputFailed, run.ToString());
        Assert.Contains("is a symbolic link to", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
        Assert.Equal("keep me", File.ReadAllText(outside));
        Assert.NotNull(new FileInfo(temp["mine/nd30.css"]).LinkTarget);
        Assert.Equal(["mine/nd30.css", "outside.css"], temp.Files());
    }
}
