using System.Globalization;

namespace WorkPlan.Documents.Cli.Batch;

/// <summary>
/// Reports the progress of a batch on standard error: one line per finished input (<c>[3/10] plan.json → out/plan.docx,
/// out/plan.html</c>) and, on a terminal, a status line below them that is redrawn in place.
/// </summary>
/// <remarks>
/// Hand-written rather than taken from a console library (Spectre.Console is on the feed): the display is one counter
/// line, and plain lines are what CI logs and the in-process tests need; a library would add its own console model.
/// </remarks>
/// <threadsafety>Thread-safe: workers report concurrently; lines are never interleaved.</threadsafety>
internal sealed class ProgressDisplay
{
    private const string ClearLine = "\r\u001b[2K";
    private readonly TextWriter writer;
    private readonly bool live;
    private readonly int total;
    private readonly object gate = new();
    private int done;
    private int failed;

    public ProgressDisplay(TextWriter writer, bool live, int total)
    {
        this.writer = writer;
        this.live = live;
        this.total = total;
    }

    /// <summary>Records a finished input and the files it produced.</summary>
    public void Succeeded(string input, IEnumerable<string> outputs) =>
        Report($"{input} → {string.Join(", ", outputs)}", failure: false);

    /// <summary>Records an input that failed, with its one-line error.</summary>
    public void Failed(string oneLineError) => Report(oneLineError, failure: true);

    /// <summary>Removes the status line, leaving only the finished lines.</summary>
    public void Complete()
    {
        if (live)
        {
            lock (gate)
            {
                writer.Write(ClearLine);
                writer.Flush();
            }
        }
    }

    private void Report(string line, bool failure)
    {
        lock (gate)
        {
            done++;
            if (failure)
            {
                failed++;
            }

            string counter = string.Create(CultureInfo.InvariantCulture, $"[{done}/{total}]");
            if (live)
            {
                writer.Write(ClearLine);
            }

            writer.WriteLine(failure ? line : $"{counter} {line}");
            if (live && done < total)
            {
                writer.Write(string.Create(CultureInfo.InvariantCulture, $"rendering… {done}/{total} done{(failed > 0 ? $", {failed} failed" : string.Empty)}"));
            }

            writer.Flush();
        }
    }
}
