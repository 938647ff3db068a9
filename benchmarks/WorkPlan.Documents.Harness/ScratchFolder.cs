namespace WorkPlan.Documents.Harness;

/// <summary>A temporary folder for one measurement run, deleted afterwards, and the run's Markdown table heading.</summary>
internal static class ScratchFolder
{
    public static void Use(string prefix, TextWriter report, string title, string[] columns, Action<string> measure)
    {
        string work = Directory.CreateTempSubdirectory(prefix).FullName;
        try
        {
            report.WriteLine($"{title}, {Environment.ProcessorCount} cores.");
            report.WriteLine();
            report.WriteLine("| " + string.Join(" | ", columns) + " |");
            report.WriteLine("| " + string.Join(" | ", columns.Select((_, i) => i < 2 ? "---" : "---:")) + " |");
            measure(work);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }
}
