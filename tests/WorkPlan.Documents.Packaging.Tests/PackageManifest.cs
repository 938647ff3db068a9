using System.Text;
using NuGet.Packaging;
using NuGet.Packaging.Core;

namespace WorkPlan.Documents.Packaging.Tests;

/// <summary>
/// A reviewable text description of a package and its symbol package (if it has one): metadata, package types, dependencies per
/// target framework and the file list. The package version is written as <c>$(version)</c> so the description does
/// not change from one CI run (unique prerelease version) to the next.
/// </summary>
public static class PackageManifest
{
    public static string Describe(PackageArchiveReader package, PackageArchiveReader? symbols)
    {
        NuspecReader nuspec = package.NuspecReader;
        string version = nuspec.GetVersion().ToNormalizedString();
        string Scrub(string text) => text.Replace(version, "$(version)", StringComparison.Ordinal);

        var text = new StringBuilder();
        void Line(string line) => text.Append(line).Append('\n');

        Line("id: " + nuspec.GetId());
        Line("version: $(version)");
        Line("package types: " + string.Join(", ", nuspec.GetPackageTypes().Select(t => t.Name).DefaultIfEmpty("Dependency")));
        LicenseMetadata? licence = nuspec.GetLicenseMetadata();
        Line("licence: " + (licence is null ? "(none)" : $"{licence.Type} {licence.License}"));
        Line("readme: " + (nuspec.GetReadme() ?? "(none)"));
        Line("icon: " + (nuspec.GetIcon() ?? "(none)"));
        RepositoryMetadata repository = nuspec.GetRepositoryMetadata();
        Line($"repository: {repository.Type} {repository.Url} (commit {(string.IsNullOrEmpty(repository.Commit) ? "missing" : "recorded")})");
        Line("project url: " + nuspec.GetProjectUrl());
        Line("authors: " + nuspec.GetAuthors());
        Line("tags: " + nuspec.GetTags());
        Line("description: " + nuspec.GetDescription());
        Line("dependencies:");
        foreach (PackageDependencyGroup group in nuspec.GetDependencyGroups().OrderBy(g => g.TargetFramework.GetShortFolderName(), StringComparer.Ordinal))
        {
            Line("  " + group.TargetFramework.GetShortFolderName());
            foreach (PackageDependency dependency in group.Packages.OrderBy(p => p.Id, StringComparer.Ordinal))
            {
                string exclude = dependency.Exclude.Count == 0 ? string.Empty : " exclude=" + string.Join(",", dependency.Exclude);
                Line($"    {dependency.Id} {Scrub(dependency.VersionRange.ToNormalizedString())}{exclude}");
            }
        }

        Line("files:");
        foreach (string file in ContentFiles(package))
        {
            Line("  " + file);
        }

        if (symbols is null)
        {
            Line("symbol package: (none)");
        }
        else
        {
            Line("symbol package files:");
            foreach (string file in ContentFiles(symbols))
            {
                Line("  " + file);
            }
        }

        return text.ToString();
    }

    /// <summary>The package's own files, without the OPC plumbing every package has.</summary>
    public static IEnumerable<string> ContentFiles(PackageArchiveReader package) =>
        package.GetFiles()
            .Where(f => !f.StartsWith("_rels/", StringComparison.Ordinal)
                && !f.StartsWith("package/", StringComparison.Ordinal)
                && f != "[Content_Types].xml"
                && !f.EndsWith(".nuspec", StringComparison.Ordinal))
            .OrderBy(f => f, StringComparer.Ordinal);
}
