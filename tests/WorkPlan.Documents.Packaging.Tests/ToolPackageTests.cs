using System.Text.Json;
using System.Xml.Linq;
using NuGet.Packaging;
using WorkPlan.Documents.Packaging.Tests.Infrastructure;
using WorkPlan.Documents.Tests.Common;

namespace WorkPlan.Documents.Packaging.Tests;

/// <summary>
/// The workplan tool as RID-specific tool packages (docs/cli.md, "Installing"): a pointer package, a Native AOT
/// package for this machine's runtime, and a framework-dependent fallback for every other runtime.
/// </summary>
[Collection(PackedPackagesGroup.Name)]
public class ToolPackageTests(PackedPackages packages)
{
    private const string Tool = "WorkPlan.Documents.Cli";
    private const string FallbackFolder = "tools/net10.0/any/";
    private const string NativeFolder = "tools/any/" + PackedPackages.NativeRuntime + "/";

    [Fact]
    public void Pointer_package_names_the_command_and_a_package_per_runtime_with_the_fallback_last()
    {
        using PackageArchiveReader pointer = packages.Open(Tool);
        XElement settings = XDocument.Load(pointer.GetStream("tools/any/any/DotnetToolSettings.xml")).Root!;

        Assert.Equal("workplan", (string?)settings.Descendants("Command").Single().Attribute("Name"));
        Assert.Equal(
            ["linux-x64 " + Tool + ".linux-x64", "win-x64 " + Tool + ".win-x64", "osx-arm64 " + Tool + ".osx-arm64", "any " + Tool + ".any"],
            settings.Descendants("RuntimeIdentifierPackage").Select(p => $"{(string?)p.Attribute("RuntimeIdentifier")} {(string?)p.Attribute("Id")}"));
        Assert.DoesNotContain(pointer.GetFiles(), f => f.EndsWith(".dll", StringComparison.Ordinal));
    }

    [Fact]
    public void Native_package_holds_one_executable_run_directly()
    {
        using PackageArchiveReader native = packages.Open(Tool + "." + PackedPackages.NativeRuntime);
        XElement command = XDocument.Load(native.GetStream(NativeFolder + "DotnetToolSettings.xml")).Descendants("Command").Single();

        Assert.Equal("workplan", (string?)command.Attribute("Name"));
        Assert.Equal("workplan", (string?)command.Attribute("EntryPoint"));
        Assert.Equal("executable", (string?)command.Attribute("Runner"));
        Assert.Contains("DotnetToolRidPackage", native.NuspecReader.GetPackageTypes().Select(t => t.Name));

        // A native executable (ELF on Linux), not an assembly; no managed dll travels with it.
        using var executable = new MemoryStream();
        native.GetStream(NativeFolder + "workplan").CopyTo(executable);
        Assert.Equal([0x7F, (byte)'E', (byte)'L', (byte)'F'], executable.ToArray()[..4]);
        Assert.DoesNotContain(native.GetFiles(), f => f.EndsWith(".dll", StringComparison.Ordinal) || f.EndsWith(".dbg", StringComparison.Ordinal));
    }

    [Fact]
    public void Fallback_package_is_framework_dependent_and_rolls_forward_to_later_runtimes()
    {
        using PackageArchiveReader fallback = packages.Open(Tool + ".any");
        XElement command = XDocument.Load(fallback.GetStream(FallbackFolder + "DotnetToolSettings.xml")).Descendants("Command").Single();
        using JsonDocument config = JsonDocument.Parse(fallback.GetStream(FallbackFolder + "workplan.runtimeconfig.json"));
        JsonElement options = config.RootElement.GetProperty("runtimeOptions");

        Assert.Equal("workplan.dll", (string?)command.Attribute("EntryPoint"));
        Assert.Equal("dotnet", (string?)command.Attribute("Runner"));
        Assert.Equal("net10.0", options.GetProperty("tfm").GetString());
        Assert.Equal("Major", options.GetProperty("rollForward").GetString());
        Assert.Equal("Microsoft.NETCore.App", options.GetProperty("framework").GetProperty("name").GetString());
    }

    [Fact]
    public void Tool_installs_the_native_package_from_the_package_folder_answers_help_renders_the_seed_and_speaks_vietnamese()
    {
        using PackageArchiveReader package = packages.Open(Tool);
        string version = package.NuspecReader.GetVersion().ToNormalizedString();
        string temporary = Path.Combine(Path.GetTempPath(), "workplan-tool-" + Guid.NewGuid().ToString("N"));
        string toolPath = Path.Combine(temporary, "tools");
        try
        {
            // A packages cache of its own: the package just packed is installed, never one cached under the same version.
            (int installed, string installLog) = ProcessRunner.Run(
                "dotnet", RepositoryRoot.Path, TimeSpan.FromMinutes(3), new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(temporary, "nuget") },
                "tool", "install", Tool, "--version", version, "--tool-path", toolPath, "--add-source", packages.Folder);
            Assert.True(installed == 0, installLog);

            // The command is the native executable of this machine's package, not the fallback run by dotnet.
            string command = Path.Combine(toolPath, "workplan");
            string target = new FileInfo(command).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? command;
            Assert.Contains(Path.Combine(Tool.ToLowerInvariant() + "." + PackedPackages.NativeRuntime, version), target, StringComparison.OrdinalIgnoreCase);

            (int exitCode, string help) = ProcessRunner.Run(command, RepositoryRoot.Path, TimeSpan.FromMinutes(1), "--help");

            Assert.True(exitCode == 0, help);
            Assert.Contains("Usage:\n  workplan [command] [options]", help.ReplaceLineEndings("\n"), StringComparison.Ordinal);
            foreach (string name in new[] { "new", "import", "check", "render", "templates" })
            {
                Assert.Matches($@"(?m)^\s+{name}\b", help);
            }

            string seed = Path.Combine(RepositoryRoot.Path, "seeds", "000_308a2ff7bb53fc37.json");
            string output = Path.Combine(temporary, "out");
            (int rendered, string renderLog) = ProcessRunner.Run(command, RepositoryRoot.Path, TimeSpan.FromMinutes(1), "render", seed, "-o", output);

            Assert.True(rendered == 0, renderLog);
            Assert.True(new FileInfo(Path.Combine(output, "000_308a2ff7bb53fc37.docx")).Length > 0, renderLog);
            Assert.True(new FileInfo(Path.Combine(output, "000_308a2ff7bb53fc37.html")).Length > 0, renderLog);

            // The Vietnamese resources are compiled into the executable (the package ships no vi/ folder): under a
            // Vietnamese LANG the findings and the summary are Vietnamese, and --lang en turns them back to English.
            var vietnamese = new Dictionary<string, string> { ["LANG"] = "vi_VN.UTF-8", ["LC_ALL"] = "vi_VN.UTF-8" };
            (int checkedVi, string vi) = ProcessRunner.Run(command, RepositoryRoot.Path, TimeSpan.FromMinutes(1), vietnamese, "check", seed);
            (int checkedEn, string en) = ProcessRunner.Run(command, RepositoryRoot.Path, TimeSpan.FromMinutes(1), vietnamese, "check", seed, "--lang", "en");

            Assert.True(checkedVi == 0, vi);
            Assert.Contains("Người có tên \"Dục\" (1 lần, lần đầu ngày 31/5) có lẽ chính là \"Dực\" (36 lần) nhưng được viết khác. Cách sửa: Ghi \"Dực\".", vi, StringComparison.Ordinal);
            Assert.Contains("0 lỗi, 7 cảnh báo, 14 thông tin.", vi, StringComparison.Ordinal);
            Assert.True(checkedEn == 0, en);
            Assert.Contains("0 error(s), 7 warning(s), 14 information.", en, StringComparison.Ordinal);
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
