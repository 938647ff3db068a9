namespace WorkPlan.Documents.Tests.Calendar;

/// <summary>Expected days written out one per line in a raw string.</summary>
internal static class ExpectedDays
{
    public static string[] Lines(string block) => block.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToArray();
}
