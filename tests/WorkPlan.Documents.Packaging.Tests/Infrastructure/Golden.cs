using System.Runtime.CompilerServices;
using System.Text;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace WorkPlan.Documents.Packaging.Tests.Infrastructure;

/// <summary>
/// Compares text with an approved file kept beside the test sources. On a difference it writes
/// <c>NAME.received.txt</c> next to the approved file (git ignores it) and fails with the changed lines, so the
/// reviewer can read the change and, if it is intended, rename the received file over the approved one.
/// </summary>
public static class Golden
{
    public static void Assert(string actual, string relativePath, [CallerFilePath] string callerPath = "")
    {
        string approved = Path.Combine(Path.GetDirectoryName(callerPath)!, relativePath);
        string received = Path.ChangeExtension(approved, ".received" + Path.GetExtension(approved));
        string expected = File.Exists(approved) ? File.ReadAllText(approved).ReplaceLineEndings("\n") : string.Empty;
        if (expected == actual)
        {
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, actual, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        var diff = new StringBuilder();
        foreach (DiffPiece line in InlineDiffBuilder.Diff(expected, actual).Lines)
        {
            switch (line.Type)
            {
                case ChangeType.Inserted: diff.Append("+ ").Append(line.Text).Append('\n'); break;
                case ChangeType.Deleted: diff.Append("- ").Append(line.Text).Append('\n'); break;
            }
        }

        string what = File.Exists(approved) ? "the actual text differs from the approved file" : "there is no approved file yet";
        Xunit.Assert.Fail($"{Path.GetFileName(approved)}: {what}. Review {received}; if it is right, move it over {approved}.\n{diff}");
    }
}
