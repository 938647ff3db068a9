namespace WorkPlan.Documents.Harness;

/// <summary>
/// A temporary folder for one measurement run, deleted afterwards, and the run's Markdown table heading (the first
/// <c>textColumns</c> columns left-aligned, the figures right-aligned).
/// </summary>
internal static class ScratchFolder
{
    public static void Use(string prefix, TextWriter report, string title, string[] columns, int textColumns, Action<string> measure)
    {
        string work = Directory.CreateTempSubdirectory(prefix).FullName;
        try
        {
            report.WriteLine($"{title}, {Environment.ProcessorCount} cores.");
            report.WriteLine();
            report.WriteLine("| " + string.Join(" | ", columns) + " |");
            report.WriteLine("| " + string.Join(" | ", columns.Select((_, i) => i < textColumns ? "---" : "---:")) + " |");
            measure(work);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }
}
