using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using WorkPlan.Documents.Localization;

namespace WorkPlan.Documents.Tests.Localization;

/// <summary>
/// The message resources (CheckMessages, ImportMessages, LintMessages): every text has its Vietnamese counterpart in the vi
/// satellite with no placeholder the English lacks, and every key the code words a message with exists.
/// </summary>
public class MessageResourcesTests
{
    public static TheoryData<string> Resources => new() { "Check", "Import", "Lint" };

    [Theory]
    [MemberData(nameof(Resources))]
    public void Every_message_has_a_vietnamese_text_with_no_placeholder_the_english_lacks(string name)
    {
        Dictionary<string, string> english = Texts(Manager(name), CultureInfo.InvariantCulture);
        Dictionary<string, string> vietnamese = Texts(Manager(name), CultureInfo.GetCultureInfo("vi"));

        Assert.NotEmpty(english);
        Assert.Equal(english.Keys.OrderBy(k => k, StringComparer.Ordinal), vietnamese.Keys.OrderBy(k => k, StringComparer.Ordinal));
        foreach ((string key, string text) in vietnamese)
        {
            Assert.True(Placeholders(text).IsSubsetOf(Placeholders(english[key])), key);
            if (Regex.IsMatch(Regex.Replace(english[key], @"\{\d+\}", string.Empty), "[A-Za-z]{2}"))
            {
                Assert.NotEqual(english[key], text); // a text with words is translated; "{0} ({1})" is not
            }
        }
    }

    [Theory]
    [InlineData("Check", "Checking")]
    [InlineData("Import", "Import")]
    [InlineData("Import", "DocxImport")]
    [InlineData("Lint", "Linting")]
    public void Every_key_the_code_uses_is_in_the_resources(string name, string folder)
    {
        Dictionary<string, string> english = Texts(Manager(name), CultureInfo.InvariantCulture);
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (string file in Directory.GetFiles(Path.Combine(Common.RepositoryRoot.Path, "src", "WorkPlan.Documents", folder), "*.cs"))
        {
            string source = File.ReadAllText(file);
            foreach (Match match in Regex.Matches(source, @"(?:Text|ImportText\.Of|LintText\.Of)\(\s*""(?<key>[A-Za-z_]+)""|""(?<key>(?:[A-Z][A-Za-z]+_)+[A-Za-z]+)"""))
            {
                used.Add(match.Groups["key"].Value);
            }
        }

        Assert.NotEmpty(used);
        // A key ending in "_" is a prefix completed in code ("Weekday_" + the day); "X" may stand for "X_One"/"X_Many".
        Assert.DoesNotContain(used, key => key.EndsWith('_')
            ? !english.Keys.Any(k => k.StartsWith(key, StringComparison.Ordinal))
            : !english.ContainsKey(key) && !english.ContainsKey(key + "_One"));
    }

    private static ResourceManager Manager(string name) => name switch
    {
        "Check" => Messages.Check,
        "Import" => Messages.Import,
        _ => Messages.Lint,
    };

    private static Dictionary<string, string> Texts(ResourceManager resources, CultureInfo culture)
    {
        ResourceSet set = resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false)
            ?? throw new InvalidOperationException($"No resources for {culture.Name}.");
        return set.Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!, StringComparer.Ordinal);
    }

    private static HashSet<string> Placeholders(string text) =>
        Regex.Matches(text, @"\{\d+\}").Select(m => m.Value).ToHashSet(StringComparer.Ordinal);
}
