// Native AOT: everything an app does with the library, in a program compiled ahead of time and trimmed. Reads a
// programme's JSON, checks it, writes it back as JSON and renders it to .docx and HTML with a fixed clock (so a
// native run and a JIT run of the same input can be compared byte for byte; .ci/run does).
// Usage: dotnet run --project samples/NativeAot -- PROGRAMME.json OUTPUT-FOLDER
//        dotnet publish samples/NativeAot -r linux-x64 -o out/aot && out/aot/NativeAot PROGRAMME.json OUTPUT-FOLDER
using NodaTime;
using WorkPlan.Documents.Checking;
using WorkPlan.Documents.Model;
using WorkPlan.Documents.Rendering;
using WorkPlan.Documents.Serialization;
using WorkPlan.Documents.Templates;

if (args.Length != 2)
{
    Console.Error.WriteLine("usage: NativeAot PROGRAMME.json OUTPUT-FOLDER");
    return 2;
}

string input = args[0];
string folder = args[1];
Directory.CreateDirectory(folder);

// 1. JSON in: the library's source-generated reader, no reflection.
WorkProgramme programme = WorkProgrammeJson.Deserialize(await File.ReadAllTextAsync(input));

// 2. The checker, with the Vietnamese holiday calendar.
IReadOnlyList<Finding> findings = ProgrammeChecker.Check(programme);
await File.WriteAllLinesAsync(Path.Combine(folder, "findings.txt"), findings.Select(f => f.ToString()));

// 3. JSON out.
await File.WriteAllTextAsync(Path.Combine(folder, "programme.json"), WorkProgrammeJson.Serialize(programme));

// 4. Both formats, with the clock fixed at the document's own date so the files do not depend on when they were made.
Instant issued = programme.Identity.IssueDate.AtStartOfDayInZone(DateTimeZone.Utc).ToInstant();
WorkProgrammeRenderer renderer = Nd30Templates.CreateRenderer(new FixedClock(issued));
await File.WriteAllBytesAsync(Path.Combine(folder, "programme.docx"), renderer.RenderDocx(programme));
await File.WriteAllTextAsync(Path.Combine(folder, "programme.html"), renderer.RenderHtml(programme));

Console.WriteLine($"{programme.Identity.NumberLine}: {findings.Count} findings, wrote {folder}.");
return 0;

/// <summary>A clock that always reads the same instant: the document's creation time is then part of the input.</summary>
internal sealed class FixedClock(Instant instant) : IClock
{
    public Instant GetCurrentInstant() => instant;
}
