namespace WorkPlan.Documents.Tests.Infrastructure;

/// <summary>
/// A template that runs far past any budget, and a cancellation that does not depend on the thread pool: what the
/// tests of the time budget and of cancellation need to assert what stopped a render, never how long it took.
/// </summary>
internal static class SlowTemplate
{
    /// <summary>
    /// A loop whose every iteration builds a 20,000-character string: tens of seconds on any machine, so it never
    /// finishes before a budget or a cancellation of a few milliseconds, and never reaches the loop limit first.
    /// </summary>
    public const string Loop = "{{ for i in 1..999000 }}{{ x = \"abcdefghij\" | string.pad_left 20000 | string.size }}{{ end }}";

    /// <summary>
    /// Cancels <paramref name="source"/> after <paramref name="milliseconds"/> from a thread of its own. Not
    /// <see cref="CancellationTokenSource.CancelAfter(int)"/>: its timer needs a thread-pool thread, and under a
    /// parallel test run one came more than two seconds late (CI of stop 21), after a lighter loop had finished.
    /// </summary>
    /// <returns>The thread, to join once the render has stopped.</returns>
    public static Thread CancelAfter(CancellationTokenSource source, int milliseconds)
    {
        var thread = new Thread(() =>
        {
            Thread.Sleep(milliseconds);
            source.Cancel();
        })
        { IsBackground = true, Name = "test canceller" };
        thread.Start();
        return thread;
    }
}
