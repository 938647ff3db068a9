using System.Runtime.CompilerServices;
using System.Text;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace WorkPlan.Documents.Tests.Infrastructure;

/// <summary>
/// Golden-file assertions following Verify's conventions (Verify itself is not on the package feed):
/// the expected text lives in <c>{TestFile}.{Method}[_{scenario}].verified.{ext}</c> beside the test source file;
/// on a mismatch the actual text is written to the matching <c>.received.{ext}</c> file and the test fails with a
/// line diff. Setting <see cref="AcceptVariable"/> to 1 accepts the received text (only outside CI); read every
/// received file before accepting it. A missing golden always fails, so CI never invents one.
/// </summary>
/// <remarks>
/// Text is compared after normalising line endings to LF and ending with exactly one LF, and files are written
/// as UTF-8 without BOM, so goldens are stable across operating systems (.gitattributes pins eol=lf).
/// </remarks>
public static class Golden
{
    /// <summary>The environment variable that accepts received text as the new golden.</summary>
    public const string AcceptVariable = "WORKPLAN_ACCEPT";

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Gets a value indicating whether the tests run under CI (CI=true), where goldens are never accepted.</summary>
    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    private static bool Accepting => !IsCi && Environment.GetEnvironmentVariable(AcceptVariable) == "1";

    /// <summary>Asserts that <paramref name="actual"/> equals the verified golden file.</summary>
    /// <param name="actual">The text produced by the code under test.</param>
    /// <param name="extension">The golden's extension without the dot, e.g. "xml", "html", "txt".</param>
    /// <param name="scenario">Distinguishes several goldens of one test method (Verify's parameter suffix); null for none.</param>
    /// <param name="sourceFile">Filled in by the compiler: the calling test's source file.</param>
    /// <param name="method">Filled in by the compiler: the calling test method.</param>
    public static void Verify(
        string actual,
        string extension,
        string? scenario = null,
        [CallerFilePath] string sourceFile = "",
        [CallerMemberName] string method = "")
    {
        ArgumentNullException.ThrowIfNull(actual);
        string stem = Path.Combine(
            Path.GetDirectoryName(sourceFile) ?? throw new InvalidOperationException($"No directory in caller path \"{sourceFile}\"."),
            Path.GetFileNameWithoutExtension(sourceFile) + "." + method + (scenario is null ? string.Empty : "_" + scenario));
        Check(actual, stem, extension, Accepting);
    }

    /// <summary>The comparison behind <see cref="Verify"/>, with the paths and the accept decision made explicit.</summary>
    /// <param name="actual">The text produced by the code under test.</param>
    /// <param name="stem">The path of the golden without ".verified.{ext}".</param>
    /// <param name="extension">The extension without the dot.</param>
    /// <param name="accept">Whether to accept a difference as the new golden.</param>
    public static void Check(string actual, string stem, string extension, bool accept)
    {
        string verifiedPath = stem + ".verified." + extension;
        string receivedPath = stem + ".received." + extension;
        string normalized = Normalize(actual);

        string? expected = File.Exists(verifiedPath) ? Normalize(File.ReadAllText(verifiedPath, Encoding.UTF8)) : null;
        if (string.Equals(expected, normalized, StringComparison.Ordinal))
        {
            DeleteIfPresent(receivedPath);
            return;
        }

        if (accept)
        {
            File.WriteAllText(verifiedPath, normalized, Utf8NoBom);
            DeleteIfPresent(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, normalized, Utf8NoBom);
        string name = Path.GetFileName(verifiedPath);
        if (expected is null)
        {
            throw new Xunit.Sdk.XunitException(
                $"Golden file {name} does not exist. The output was written to {Path.GetFileName(receivedPath)}; read it, "
                + $"then accept it with {AcceptVariable}=1 (never under CI=true).");
        }

        throw new Xunit.Sdk.XunitException(
            $"Output differs from {name} (received text in {Path.GetFileName(receivedPath)}; accept with {AcceptVariable}=1 after reading it):"
            + Environment.NewLine + Diff(expected, normalized));
    }

    /// <summary>Normalises line endings to LF and ends the text with exactly one LF.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The normalised text.</returns>
    public static string Normalize(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').TrimEnd('\n') + "\n";

    /// <summary>A unified-style line diff: changed lines with two lines of context, "-" expected, "+" received.</summary>
    /// <param name="expected">The verified text.</param>
    /// <param name="actual">The received text.</param>
    /// <returns>The diff, at most 200 lines.</returns>
    public static string Diff(string expected, string actual)
    {
        DiffPaneModel model = InlineDiffBuilder.Diff(expected, actual, ignoreWhiteSpace: false);
        List<DiffPiece> lines = model.Lines;
        var keep = new bool[lines.Count];
        for (int i = 0; i < lines.Count; i++)
        {
            if (lines[i].Type is ChangeType.Inserted or ChangeType.Deleted or ChangeType.Modified)
            {
                for (int j = Math.Max(0, i - 2); j <= Math.Min(lines.Count - 1, i + 2); j++)
                {
                    keep[j] = true;
                }
            }
        }

        var builder = new StringBuilder();
        int written = 0;
        int? previous = null;
        for (int i = 0; i < lines.Count && written < 200; i++)
        {
            if (!keep[i])
            {
                continue;
            }

            if (previous is not null && i != previous + 1)
            {
                builder.Append("@@ line ").Append(lines[i].Position ?? i + 1).Append(" @@\n");
            }

            string prefix = lines[i].Type switch
            {
                ChangeType.Inserted => "+ ",
                ChangeType.Deleted => "- ",
                _ => "  ",
            };
            builder.Append(prefix).Append(lines[i].Text).Append('\n');
            previous = i;
            written++;
        }

        return builder.ToString();
    }

    private static void DeleteIfPresent(string path)
    {
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }
}
