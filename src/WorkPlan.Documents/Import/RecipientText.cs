using System.Text.RegularExpressions;
using WorkPlan.Documents.Text;

namespace WorkPlan.Documents.Import;

/// <summary>Recognises the "Nơi nhận" block: its heading, recipient lines with "(để …)" purposes, and the "Lưu" line.</summary>
internal static class RecipientText
{
    // Compiled: an office imports years of programmes at once; matching dominates the import time.
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled;

    private static readonly Regex Heading = new(@"^nơi\s+nhận\s*:?\s*(?<rest>.*)$", Options);

    private static readonly Regex Bullet = new(@"^[-–•+*]\s*", Options);

    private static readonly Regex Archive = new(@"^lưu\s*(?::\s*|\s+(?=vt\b))(?<holders>.*)$", Options);

    private static readonly Regex Purpose = new(@"\s*\((?<purpose>để\s[^()]*)\)\s*$", Options);

    internal static bool TryHeading(string line, out string rest)
    {
        Match match = Heading.Match(line);
        rest = match.Success ? match.Groups["rest"].Value.Trim() : string.Empty;
        return match.Success;
    }

    /// <summary>Removes the bullet and the closing punctuation of a block line.</summary>
    internal static string Clean(string line) => Bullet.Replace(line.Trim(), string.Empty).TrimEnd(';', ',', '.', ' ').Trim();

    internal static bool TryArchive(string cleaned, out List<string> holders)
    {
        holders = [];
        Match match = Archive.Match(cleaned);
        if (!match.Success)
        {
            return false;
        }

        foreach (string holder in match.Groups["holders"].Value.Split(','))
        {
            string name = holder.Trim().TrimEnd('.').Trim();
            if (!InvisibleText.IsBlank(name))
            {
                holders.Add(name);
            }
        }

        return true;
    }

    internal static (string Name, string? Purpose) Recipient(string cleaned)
    {
        Match match = Purpose.Match(cleaned);
        return match.Success
            ? (cleaned.Substring(0, match.Index).Trim(), match.Groups["purpose"].Value.Trim())
            : (cleaned, null);
    }
}
