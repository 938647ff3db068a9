using System.Text.RegularExpressions;
using WorkPlan.Documents.Tests.Common;

namespace WorkPlan.Documents.Tests.Architecture;

/// <summary>
/// A NuGet user has the XML docs and the package readme, not this repository's docs/ folder: every reference to a
/// document there is an absolute link, and every such link names a file (and heading) that exists.
/// </summary>
public partial class DocsLinksTests
{
    private const string Base = "https://github.com/workplan-documents/WorkPlan.Documents/blob/main/";

    [Fact]
    public void Xml_docs_refer_to_the_docs_by_absolute_links_only()
    {
        var relative = new List<string>();
        foreach (string file in SourceFiles())
        {
            string[] lines = File.ReadAllLines(file);
            for (int i = 0; i < lines.Length; i++)
            {
                if (lines[i].TrimStart().StartsWith("///", StringComparison.Ordinal) && RelativeReference().IsMatch(LinkElement().Replace(lines[i], string.Empty)))
                {
                    relative.Add($"{Path.GetRelativePath(RepositoryRoot.Path, file)}({i + 1}): {lines[i].Trim()}");
                }
            }
        }

        Assert.True(relative.Count == 0, "Relative docs/ references in XML docs:\n" + string.Join("\n", relative));
    }

    [Fact]
    public void Every_link_into_the_repository_names_a_file_and_heading_that_exist()
    {
        var broken = new List<string>();
        IEnumerable<string> files = SourceFiles().Concat(Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "docs", "packages"), "*.md"));
        int links = 0;
        foreach (string file in files)
        {
            foreach (Match link in AbsoluteLink().Matches(File.ReadAllText(file)))
            {
                links++;
                string target = Path.Combine(RepositoryRoot.Path, link.Groups["path"].Value);
                if (!File.Exists(target))
                {
                    broken.Add($"{Path.GetRelativePath(RepositoryRoot.Path, file)}: {link.Value} (no such file)");
                }
                else if (link.Groups["anchor"].Success && link.Groups["anchor"].Value.Length > 0 && !Anchors(target).Contains(link.Groups["anchor"].Value))
                {
                    broken.Add($"{Path.GetRelativePath(RepositoryRoot.Path, file)}: {link.Value} (no such heading)");
                }
            }
        }

        Assert.True(links > 40, $"only {links} links found: the scan is not reading the sources");
        Assert.True(broken.Count == 0, string.Join("\n", broken));
    }

    [Fact]
    public void The_package_readmes_have_no_relative_links()
    {
        foreach (string file in Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "docs", "packages"), "*.md"))
        {
            Assert.DoesNotMatch(@"\]\((?!https://)[^)]*\)", File.ReadAllText(file));
        }
    }

    private static IEnumerable<string> SourceFiles() =>
        Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    // GitHub's anchors: the heading in lower case, punctuation other than hyphens and underscores dropped, spaces as hyphens.
    private static HashSet<string> Anchors(string markdown) =>
        [.. File.ReadAllLines(markdown)
            .Where(l => l.StartsWith('#'))
            .Select(l => Regex.Replace(l.TrimStart('#').Trim().ToLowerInvariant(), @"[^\p{L}\p{Nd}\s_-]", string.Empty).Replace(' ', '-'))];

    [GeneratedRegex(@"<see href=""[^""]*"">[^<]*</see>")]
    private static partial Regex LinkElement();

    [GeneratedRegex(@"(?<![/\w])docs/[a-z0-9-]+\.(md|xsd|json)")]
    private static partial Regex RelativeReference();

    [GeneratedRegex(@"https://github\.com/workplan-documents/WorkPlan\.Documents/blob/main/(?<path>[A-Za-z0-9_./-]+?)(#(?<anchor>[a-z0-9_-]*))?(?=[.,;:]?[""'\s)<]|[.,;:]?$)")]
    private static partial Regex AbsoluteLink();
}
