using NuGet.Packaging;
using NuGet.Packaging.Core;
using NuGet.Versioning;
using WorkPlan.Documents.Packaging.Tests.Infrastructure;
using WorkPlan.Documents.Tests.Common;

namespace WorkPlan.Documents.Packaging.Tests;

[Collection(PackedPackagesGroup.Name)]
public class PackageContentsTests(PackedPackages packages)
{
    public static TheoryData<string> Ids => new(PackedPackages.Ids);

    [Theory]
    [MemberData(nameof(Ids))]
    public void Package_matches_its_approved_manifest(string id)
    {
        using PackageArchiveReader package = packages.Open(id);
        using PackageArchiveReader? symbols = packages.HasSymbols(id) ? packages.OpenSymbols(id) : null;

        Golden.Verify(PackageManifest.Describe(package, symbols), "txt", id);
    }

    [Fact]
    public void All_packages_carry_one_version_the_one_the_packer_asked_for()
    {
        var versions = PackedPackages.Ids.Select(id =>
        {
            using PackageArchiveReader package = packages.Open(id);
            return package.NuspecReader.GetVersion();
        }).Distinct().ToList();

        NuGetVersion version = Assert.Single(versions);
        if (packages.ExpectedVersion is not null)
        {
            Assert.Equal(NuGetVersion.Parse(packages.ExpectedVersion), version);
        }
    }

    [Fact]
    public void Templates_package_depends_on_exactly_this_version_of_the_library()
    {
        using PackageArchiveReader templates = packages.Open("WorkPlan.Documents.Templates");
        NuGetVersion version = templates.NuspecReader.GetVersion();

        foreach (PackageDependencyGroup group in templates.NuspecReader.GetDependencyGroups())
        {
            PackageDependency library = Assert.Single(group.Packages, p => p.Id == "WorkPlan.Documents");
            Assert.Equal(new VersionRange(version), library.VersionRange);
        }
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Readme_is_the_package_readme_and_icon_is_the_repository_icon(string id)
    {
        using PackageArchiveReader package = packages.Open(id);

        string readme = new StreamReader(package.GetStream(package.NuspecReader.GetReadme()!)).ReadToEnd();
        // The tool's runtime-specific packages carry the tool's readme.
        string readmeOf = id.StartsWith("WorkPlan.Documents.Cli", StringComparison.Ordinal) ? "WorkPlan.Documents.Cli" : id;
        Assert.Equal(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "packages", readmeOf + ".md")), readme);

        using var icon = new MemoryStream();
        package.GetStream(package.NuspecReader.GetIcon()!).CopyTo(icon);
        Assert.Equal(File.ReadAllBytes(Path.Combine(RepositoryRoot.Path, "docs", "icon.png")), icon.ToArray());
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Repository_metadata_records_the_commit_that_was_packed(string id)
    {
        using PackageArchiveReader package = packages.Open(id);
        RepositoryMetadata repository = package.NuspecReader.GetRepositoryMetadata();

        (int exitCode, string head) = ProcessRunner.Run("git", RepositoryRoot.Path, TimeSpan.FromSeconds(30), "rev-parse", "HEAD");

        Assert.Equal(0, exitCode);
        Assert.Equal("git", repository.Type);
        Assert.StartsWith("https://github.com/", repository.Url, StringComparison.Ordinal);
        Assert.Equal(head.Trim(), repository.Commit);
    }
}
