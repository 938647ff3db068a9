using WorkPlan.Documents.Cli.Tests.Infrastructure;
using WorkPlan.Documents.Templates;

namespace WorkPlan.Documents.Cli.Tests.Commands;

public class TemplatesCommandTests
{
    [Fact]
    public void Export_writes_every_file_of_the_default_set_and_lists_them()
    {
        using var temp = new TempFolder();

        CliRun run = Workplan.Run("templates", "export", temp["mine"]);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(Nd30Templates.FileNames.Select(n => "mine/" + n), temp.Files());
        Assert.Contains("nd30.css", Nd30Templates.FileNames);
        Assert.Contains("schedule-columns.json", Nd30Templates.FileNames);
        Assert.All(Nd30Templates.FileNames, n => Assert.Equal(Nd30Templates.ReadFile(n), File.ReadAllText(temp["mine/" + n])));
        Assert.Equal(Nd30Templates.FileNames.Select(n => Path.Combine(temp["mine"], n) + "\n"), run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l + "\n"));
    }

    [Fact]
    public void Export_refuses_to_overwrite_without_force_and_changes_nothing()
    {
        using var temp = new TempFolder();
        temp.Write("mine/nd30.css", ".mine { font-weight: bold; }");

        CliRun refused = Workplan.Run("templates", "export", temp["mine"]);

        Assert.Equal(ExitCodes.OutputFailed, refused.ExitCode);
        Assert.Equal([$"{Path.Combine(temp["mine"], "nd30.css")}: error: already exists; pass --force to overwrite the template files in the folder."], refused.ErrorLines);
        Assert.Equal(["mine/nd30.css"], temp.Files());

        CliRun forced = Workplan.Run("templates", "export", temp["mine"], "--force");

        Assert.Equal(0, forced.ExitCode);
        Assert.Equal(Nd30Templates.ReadFile("nd30.css"), File.ReadAllText(temp["mine/nd30.css"]));
    }

    [Fact]
    public void Export_into_a_file_is_an_output_error()
    {
        using var temp = new TempFolder();
        string file = temp.Write("mine", "x");

        CliRun run = Workplan.Run("templates", "export", file);

        Assert.Equal(ExitCodes.OutputFailed, run.ExitCode);
        Assert.Equal([$"{file}: error: is a file; expected a folder to write the templates into."], run.ErrorLines);
    }
}
