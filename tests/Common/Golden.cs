using System.Runtime.CompilerServices;
using System.Text;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace WorkPlan.Documents.Tests.Common;

/// <summary>
/// Golden-file assertions following Verify's conventions (Verify itself is not on the package feed), the one golden
/// helper of every test project (linked from tests/Common). Every golden is named <c>*.verified.{ext}</c>:
/// <list type="bullet">
/// <item><see cref="Verify"/>: <c>{TestFile}.{Method}[_{scenario}].verified.{ext}</c> beside the test source file;</item>
/// <item><see cref="VerifyFile"/>: data-driven goldens the Scriban way, one expected file per input case, named by the
/// test, e.g. <c>TestData/Import/cases/{case}.verified.txt</c> beside <c>{case}.txt</c>.</item>
/// </list>
/// On a mismatch the actual text is written to the matching <c>.received.{ext}</c> file (git-ignored) and the test
/// fails with a line diff. Setting <see cref="AcceptVariable"/> to 1 replaces a differing golden with the received
/// text; read every received file or diff first. Accepting is refused under CI (CI=true), and a missing golden always
/// fails, accepting or not: a new golden is the received file renamed to <c>.verified.</c> after reading it.
/// </summary>
/// <remarks>
/// Text is compared after normalising line endings to LF and ending with exactly one LF, and files are written as
/// UTF-8 without BOM, so goldens are stable across operating systems (.gitattributes pins eol=lf).
/// </remarks>
/// <threadsafety>Thread-safe: every call works on its own files; tests never share a golden.</threadsafety>
public static class Golden
{
    /// <summary>The environment variable that accepts received text as the new golden: 1 to accept, unset or 0 not to.</summary>
    public const string AcceptVariable = "WORKPLAN_ACCEPT";

    private const string VerifiedMarker = ".verified.";

    private const string ReceivedMarker = ".received.";

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Gets a value indicating whether the tests run under CI (CI=true), where goldens are never accepted.</summary>
    public static bool IsCi => IsCiValue(Environment.GetEnvironmentVariable("CI"));

    /// <summary>
    /// Asserts that <paramref name="actual"/> equals the golden named after the calling test:
    /// <c>{TestFile}.{Method}[_{scenario}].verified.{extension}</c> beside the test source file.
    /// </summary>
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
        ArgumentException.ThrowIfNullOrEmpty(extension);
        string folder = Path.GetDirectoryName(sourceFile) is { Length: > 0 } directory
            ? directory
            : throw new InvalidOperationException($"No directory in caller path \"{sourceFile}\".");
        string name = Path.GetFileNameWithoutExtension(sourceFile) + "." + method + (scenario is null ? string.Empty : "_" + scenario);
        Check(actual, Path.Combine(folder, name + VerifiedMarker + extension), AcceptFrom(Environment.GetEnvironmentVariable("CI"), Environment.GetEnvironmentVariable(AcceptVariable)));
    }

    /// <summary>
    /// Asserts that <paramref name="actual"/> equals the golden at an explicit path: the entry point of data-driven
    /// tests, where each input case has its expected output beside it. Same normalisation, received file, diff,
    /// accept switch and CI refusal as <see cref="Verify"/>.
    /// </summary>
    /// <param name="actual">The text produced by the code under test.</param>
    /// <param name="verifiedPath">The golden's full path, whose file name contains ".verified.", e.g. <c>…/cases/empty.verified.txt</c>.</param>
    public static void VerifyFile(string actual, string verifiedPath) =>
        Check(actual, verifiedPath, AcceptFrom(Environment.GetEnvironmentVariable("CI"), Environment.GetEnvironmentVariable(AcceptVariable)));

    /// <summary>The comparison behind <see cref="Verify"/> and <see cref="VerifyFile"/>, with the accept decision made explicit.</summary>
    /// <param name="actual">The text produced by the code under test.</param>
    /// <param name="verifiedPath">The golden's full path, whose file name contains ".verified.".</param>
    /// <param name="accept">Whether to replace a differing golden with <paramref name="actual"/> (a missing golden still fails).</param>
    /// <exception cref="ArgumentException"><paramref name="verifiedPath"/> is not a full path or its file name has no ".verified.".</exception>
    public static void Check(string actual, string verifiedPath, bool accept)
    {
        ArgumentNullException.ThrowIfNull(actual);
        string receivedPath = ReceivedPath(verifiedPath);
        string normalized = Normalize(actual);

        string? expected = File.Exists(verifiedPath) ? Normalize(File.ReadAllText(verifiedPath, Encoding.UTF8)) : null;
        if (string.Equals(expected, normalized, StringComparison.Ordinal))
        {
            DeleteIfPresent(receivedPath);
            return;
        }

        if (accept && expected is not null)
        {
            File.WriteAllText(verifiedPath, normalized, Utf8NoBom);
            DeleteIfPresent(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, normalized, Utf8NoBom);
        string name = Path.GetFileName(verifiedPath);
        string received = Path.GetFileName(receivedPath);
        if (expected is null)
        {
            throw new Xunit.Sdk.XunitException(
                $"Golden file {name} does not exist. The output was written to {received}; read it, then rename it to "
                + $"{name} to make it the golden ({AcceptVariable}=1 only replaces existing goldens).");
        }

        throw new Xunit.Sdk.XunitException(
            $"Output differs from {name} (received text in {received}; accept with {AcceptVariable}=1 after reading it, never under CI=true):"
            + Environment.NewLine + Diff(expected, normalized));
    }

    /// <summary>
    /// Decides from the values of CI and <see cref="AcceptVariable"/> whether goldens are accepted: only when
    /// <paramref name="accept"/> is "1" and <paramref name="ci"/> is not "true".
    /// </summary>
    /// <param name="ci">The value of CI, or null when unset.</param>
    /// <param name="accept">The value of <see cref="AcceptVariable"/>, or null when unset.</param>
    /// <returns>Whether to accept received text.</returns>
    /// <exception cref="InvalidOperationException">
    /// Accepting was asked under CI (the run fails rather than silently ignoring the switch), or the switch holds a
    /// value other than 1, 0 or nothing.
    /// </exception>
    public static bool AcceptFrom(string? ci, string? accept)
    {
        switch (accept)
        {
            case null or "" or "0":
                return false;
            case "1" when IsCiValue(ci):
                throw new InvalidOperationException(
                    $"{AcceptVariable}=1 is refused under CI=true: goldens are accepted on a developer's machine, after reading the received files, and committed.");
            case "1":
                return true;
            default:
                throw new InvalidOperationException($"{AcceptVariable} is \"{accept}\"; set it to 1 to accept received text as the golden, or leave it unset.");
        }
    }

    /// <summary>The path the received text of a golden is written to: its ".verified." replaced by ".received.".</summary>
    /// <param name="verifiedPath">The golden's full path, whose file name contains ".verified.".</param>
    /// <returns>The received file's path, beside the golden.</returns>
    /// <exception cref="ArgumentException"><paramref name="verifiedPath"/> is not a full path or its file name has no ".verified.".</exception>
    public static string ReceivedPath(string verifiedPath)
    {
        ArgumentException.ThrowIfNullOrEmpty(verifiedPath);
        if (!Path.IsPathFullyQualified(verifiedPath))
        {
            throw new ArgumentException($"A golden's path must be a full path, not \"{verifiedPath}\" (relative to the test's working folder).", nameof(verifiedPath));
        }

        string name = Path.GetFileName(verifiedPath);
        int marker = name.LastIndexOf(VerifiedMarker, StringComparison.Ordinal);
        if (marker <= 0)
        {
            throw new ArgumentException($"A golden's file name must be \"{{name}}.verified.{{ext}}\", not \"{name}\".", nameof(verifiedPath));
        }

        string received = name[..marker] + ReceivedMarker + name[(marker + VerifiedMarker.Length)..];
        return Path.Combine(Path.GetDirectoryName(verifiedPath)!, received);
    }

    /// <summary>Normalises line endings to LF and ends the text with exactly one LF.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The normalised text.</returns>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').TrimEnd('\n') + "\n";
    }

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

    private static bool IsCiValue(string? ci) => string.Equals(ci, "true", StringComparison.OrdinalIgnoreCase);

    private static void DeleteIfPresent(string path)
    {
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }
}
