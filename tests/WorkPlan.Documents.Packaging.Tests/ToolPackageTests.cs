using System.Text.Json;
using System.Xml.Linq;
using NuGet.Packaging;
using WorkPlan.Documents.Packaging.Tests.Infrastructure;
using WorkPlan.Documents.Tests.Common;

namespace WorkPlan.Documents.Packaging.Tests;

[Collection(PackedPackagesGroup.Name)]
public class ToolPackageTests(PackedPackages packages)
{
    private const string ToolFolder = "tools/net8.0/any/";

    [Fact]
    public void Tool_settings_name_the_workplan_command()
    {
        using PackageArchiveReader tool = packages.Open("WorkPlan.Documents.Cli");
        XElement command = XDocument.Load(tool.GetStream(ToolFolder + "DotnetToolSettings.xml"))
            .Descendants("Command").Single();

        Assert.Equal("workplan", (string?)command.Attribute("Name"));
        Assert.Equal("workplan.dll", (string?)command.Attribute("EntryPoint"));
        Assert.Equal("dotnet", (string?)command.Attribute("Runner"));
    }

    [Fact]
    public void Tool_targets_net8_and_rolls_forward_to_later_runtimes()
    {
        using PackageArchiveReader tool = packages.Open("WorkPlan.Documents.Cli");
        using JsonDocument config = JsonDocument.Parse(tool.GetStream(ToolFolder + "workplan.runtimeconfig.json"));
        JsonElement options = config.RootElement.GetProperty("runtimeOptions");

        Assert.Equal("net8.0", options.GetProperty("tfm").GetString());
        Assert.Equal("Major", options.GetProperty("rollForward").GetString());
        Assert.Equal("Microsoft.NETCore.App", options.GetProperty("framework").GetProperty("name").GetString());
    }

    [Fact]
    public void Tool_installs_from_the_package_folder_answers_help_and_renders_the_seed()
    {
        using PackageArchiveReader package = packages.Open("WorkPlan.Documents.Cli");
        string version = package.NuspecReader.GetVersion().ToNormalizedString();
        string temporary = Path.Combine(Path.GetTempPath(), "workplan-tool-" + Guid.NewGuid().ToString("N"));
        string toolPath = Path.Combine(temporary, "tools");
        try
        {
            // A packages cache of its own: the package just packed is installed, never one cached under the same version.
            (int installed, string installLog) = ProcessRunner.Run(
                "dotnet", RepositoryRoot.Path, TimeSpan.FromMinutes(3), new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(temporary, "nuget") },
                "tool", "install", "WorkPlan.Documents.Cli", "--version", version, "--tool-path", toolPath, "--add-source", packages.Folder);
            Assert.True(installed == 0, installLog);

            (int exitCode, string help) = ProcessRunner.Run(Path.Combine(toolPath, "workplan"), RepositoryRoot.Path, TimeSpan.FromMinutes(1), "--help");

            Assert.True(exitCode == 0, help);
            Assert.Contains("Usage:\n  workplan [command] [options]", help.ReplaceLineEndings("\n"), StringComparison.Ordinal);
            foreach (string command in new[] { "new", "import", "check", "render", "templates" })
            {
                Assert.Matches($@"(?m)^\s+{command}\b", help);
            }

            string seed = Path.Combine(RepositoryRoot.Path, "seeds", "000_308a2ff7bb53fc37.json");
            string output = Path.Combine(temporary, "out");
            (int rendered, string renderLog) = ProcessRunner.Run(Path.Combine(toolPath, "workplan"), RepositoryRoot.Path, TimeSpan.FromMinutes(1), "render", seed, "-o", output);

            Assert.True(rendered == 0, renderLog);
            Assert.True(new FileInfo(Path.Combine(output, "000_308a2ff7bb53fc37.docx")).Length > 0, renderLog);
            Assert.True(new FileInfo(Path.Combine(output, "000_308a2ff7bb53fc37.html")).Length > 0, renderLog);
        }
        finally
        {
            if (Directory.Exists(temporary))
            {
                Directory.Delete(temporary, recursive: true);
            }
        }
    }
}
