using System.Globalization;

namespace WorkPlan.Documents.Cli.Batch;

/// <summary>
/// Writes the end of a batch's report on standard error, after the progress lines: when some of several inputs
/// failed, a count, then every failed input's error again, in input order (the progress lines come in the order the
/// inputs finished), then every input a global error kept from being rendered. Nothing when all succeeded, nor for a
/// single input, whose error line is already the whole story.
/// </summary>
/// <example>
/// <code>
/// render: 399 of 401 programmes rendered, 2 failed:
/// plans/big.json: error: …
/// plans/june.json(14,20): error: $.identity.issueDate: …
/// </code>
/// </example>
/// <threadsafety>Thread-safe (stateless).</threadsafety>
internal static class BatchSummary
{
    /// <summary>Writes the summary of <paramref name="result"/> to <paramref name="writer"/>.</summary>
    public static void Write(TextWriter writer, BatchResult result)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        if (result.Total < 2 || result.Failures.Count + result.NotRendered.Count == 0)
        {
            return;
        }

        string notRendered = result.NotRendered.Count == 0
            ? string.Empty
            : string.Create(CultureInfo.InvariantCulture, $", {result.NotRendered.Count} not rendered (the run stopped at an error of the template set)");
        writer.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"render: {result.Rendered} of {result.Total} programmes rendered, {result.Failures.Count} failed{notRendered}:"));
        foreach (BatchFailure failure in result.Failures)
        {
            writer.WriteLine(failure.Line);
        }

        foreach (string input in result.NotRendered)
        {
            writer.WriteLine(Diagnostics.Format(input, null, null, "error", "not rendered: the run stopped at the template set's error above."));
        }

        writer.Flush();
    }
}
