using System.Globalization;
using WorkPlan.Documents.Tests.Common;
using NuGet.Packaging;

namespace WorkPlan.Documents.Packaging.Tests.Infrastructure;

/// <summary>
/// The packages under test: the folder .ci/run packed into (WORKPLAN_PACKAGES_DIR, with the version it used in
/// WORKPLAN_PACKAGE_VERSION), or, when the tests run on their own, a temporary folder the fixture packs the
/// solution into once for the whole test run.
/// </summary>
public sealed class PackedPackages : IDisposable
{
    /// <summary>The ids of the packages the repository ships.</summary>
    public static readonly string[] Ids =
    [
        "WorkPlan.Documents", "WorkPlan.Documents.Templates",
        "WorkPlan.Documents.Cli", "WorkPlan.Documents.Cli.any", "WorkPlan.Documents.Cli." + NativeRuntime,
    ];

    /// <summary>The runtime of this machine, whose Native AOT package of the tool tools/pack.sh builds.</summary>
    public const string NativeRuntime = "linux-x64";

    private readonly string? temporary;

    public PackedPackages()
    {
        string? given = Environment.GetEnvironmentVariable("WORKPLAN_PACKAGES_DIR");
        if (!string.IsNullOrEmpty(given))
        {
            Folder = Path.GetFullPath(given, RepositoryRoot.Path);
            ExpectedVersion = Environment.GetEnvironmentVariable("WORKPLAN_PACKAGE_VERSION");
            PackedHere = false;
        }
        else
        {
            temporary = Path.Combine(Path.GetTempPath(), "workplan-packaging-tests-" + Guid.NewGuid().ToString("N"));
            Folder = Path.Combine(temporary, "packages");
            ExpectedVersion = "0.0.0-packagingtest";
            PackedHere = true;
            Pack(Folder, Path.Combine(temporary, "artifacts"), ExpectedVersion);
        }

        if (!Directory.Exists(Folder))
        {
            throw new DirectoryNotFoundException($"WORKPLAN_PACKAGES_DIR names {Folder}, which does not exist.");
        }
    }

    /// <summary>The folder that holds the .nupkg and .snupkg files.</summary>
    public string Folder { get; }

    /// <summary>The version the packages must carry, when the packer said which.</summary>
    public string? ExpectedVersion { get; }

    /// <summary>Whether the fixture packed the packages itself (rather than .ci/run).</summary>
    public bool PackedHere { get; }

    /// <summary>Opens the package <paramref name="id"/> (the only version of it in the folder).</summary>
    public PackageArchiveReader Open(string id) => new(FindSingle(id, ".nupkg"));

    /// <summary>Opens the symbol package of <paramref name="id"/>.</summary>
    public PackageArchiveReader OpenSymbols(string id) => new(FindSingle(id, ".snupkg"));

    /// <summary>Whether <paramref name="id"/> has a symbol package (the tool's pointer and native packages have none).</summary>
    public bool HasSymbols(string id) => Directory.GetFiles(Folder, id + ".*.snupkg")
        .Any(f => char.IsDigit(Path.GetFileName(f)[id.Length + 1]));

    public void Dispose()
    {
        if (temporary is not null)
        {
            Directory.Delete(temporary, recursive: true);
        }
    }

    private string FindSingle(string id, string extension)
    {
        // "WorkPlan.Documents.1.2.3.nupkg" must not match "WorkPlan.Documents.Templates.1.2.3.nupkg": the part after
        // the id must start with a digit.
        string[] matches = Directory.GetFiles(Folder, id + ".*" + extension)
            .Where(f => char.IsDigit(Path.GetFileName(f)[id.Length + 1]))
            .Where(f => ExpectedVersion is null || Path.GetFileName(f) == $"{id}.{ExpectedVersion}{extension}")
            .ToArray();
        return matches.Length == 1
            ? matches[0]
            : throw new InvalidOperationException(
                string.Create(CultureInfo.InvariantCulture, $"Expected one {id} {ExpectedVersion} {extension} in {Folder}, found {matches.Length}: {string.Join(", ", Directory.GetFiles(Folder).Select(Path.GetFileName))}."));
    }

    private static void Pack(string output, string artifacts, string version)
    {
        // The same script .ci/run packs with: the libraries, and the tool's pointer, native and fallback packages.
        (int exitCode, string log) = ProcessRunner.Run(
            "bash",
            RepositoryRoot.Path,
            TimeSpan.FromMinutes(20),
            Path.Combine(RepositoryRoot.Path, "tools", "pack.sh"),
            output,
            version,
            "--artifacts-path", artifacts);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"tools/pack.sh failed with exit code {exitCode}:\n{log}");
        }
    }
}

[CollectionDefinition(Name)]
public sealed class PackedPackagesGroup : ICollectionFixture<PackedPackages>
{
    public const string Name = "Packed packages";
}
