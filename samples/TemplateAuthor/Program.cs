// What a template author does, in code: copy the default ND30 template set into a folder (as `workplan templates
// export DIR` does), add an "Địa điểm" (location) column to the schedule, change a style in the stylesheet, and
// render with the folder's files over the defaults.
// Usage: dotnet run --project samples/TemplateAuthor -- [work folder, default "template-author"]
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NodaTime;
using WorkPlan.Documents.Calendar;
using WorkPlan.Documents.Model;
using WorkPlan.Documents.Rendering;
using WorkPlan.Documents.Templates;

string work = args.Length > 0 ? args[0] : "template-author";
string templates = Path.Combine(work, "templates");
Directory.CreateDirectory(templates);

// 1. Start from the default set: every partial, nd30.css and schedule-columns.json.
foreach (string name in Nd30Templates.FileNames)
{
    File.WriteAllText(Path.Combine(templates, name), Nd30Templates.ReadFile(name));
}

// 2. Add the "Địa điểm" column after "NỘI DUNG CÔNG VIỆC". A column is configuration: the schedule partial lays out
//    whatever columns the declaration lists, and the field "location" is the entry's Location.
string columnsPath = Path.Combine(templates, "schedule-columns.json");
JsonNode declaration = JsonNode.Parse(File.ReadAllText(columnsPath))!;
JsonArray columns = declaration["columns"]!.AsArray();
int content = columns.Select((c, i) => (Field: (string?)c!["field"], Index: i)).Single(c => c.Field == "content").Index;
columns.Insert(content + 1, new JsonObject { ["field"] = "location", ["heading"] = "ĐỊA ĐIỂM", ["width"] = "15%" });
string[] widths = ["11%", "36%", "15%", "15%", "23%"]; // day, content, location, unit, leaders: 100% in all
for (int i = 0; i < columns.Count; i++)
{
    columns[i]!["width"] = widths[i];
}

File.WriteAllText(columnsPath, declaration.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));

// 3. Change a style: the "Nghỉ lễ" rows of the schedule in bold. Styles are classes of nd30.css (the CSS subset of
//    docs/templates.md); each becomes a Word style and an HTML rule.
string cssPath = Path.Combine(templates, Nd30Templates.StyleSheetName);
string css = File.ReadAllText(cssPath);
var holidayRule = new Regex(@"^\.schedule-holiday \{ (?<declarations>[^}]*)\}", RegexOptions.Multiline);
if (!holidayRule.IsMatch(css))
{
    throw new InvalidOperationException($"{cssPath} has no .schedule-holiday rule to change.");
}

File.WriteAllText(cssPath, holidayRule.Replace(css, m => ".schedule-holiday { font-weight: bold; " + m.Groups["declarations"].Value + "}", 1));

// 4. Render a programme whose entries have locations, with the folder over the default set.
WorkProgramme programme = WorkProgramme.CreateBuilder(ProgrammePeriod.ForMonth(new YearMonth(2021, 5)))
    .WithVietnameseHolidays()
    .WithAgency(new IssuingAgency(["BCĐ CÁC CHƯƠNG TRÌNH MTQG", "TỈNH HÀ TĨNH"], ["VĂN PHÒNG ĐIỀU PHỐI", "NÔNG THÔN MỚI"], "VPĐP"))
    .WithIdentity(new DocumentIdentity(5, "CTr-VPĐP", "Hà Tĩnh", new LocalDate(2021, 5, 7)))
    .Day(4, day => day
        .Morning(s => s.Add(new ScheduleEntry("Giao ban Lãnh đạo Văn phòng", "Phòng HCTHTT", [new Person("Oánh"), new Person("Long")], location: "Phòng họp số 1")))
        .Afternoon(s => s.Add(new ScheduleEntry("Làm việc tại Đức Thọ về mô hình chuyển đổi đất lúa", "Phòng KHNVGS", [new Person("Dực")], location: "UBND huyện Đức Thọ"))))
    .WithSignature(new SignatureBlock(["KT. CHÁNH VĂN PHÒNG"], "PHÓ CHÁNH VĂN PHÒNG", "Nguyễn Văn A"))
    .WithArchive("VT", "VPĐP")
    .Build();

var renderer = new WorkProgrammeRenderer(Nd30Templates.Default.WithFolder(templates));
string docx = Path.Combine(work, "chuong-trinh-co-dia-diem.docx");
string html = Path.ChangeExtension(docx, ".html");
File.WriteAllBytes(docx, renderer.RenderDocx(programme));
string page = renderer.RenderHtml(programme);
File.WriteAllText(html, page);

Console.WriteLine($"Columns: {string.Join(" | ", renderer.DefaultColumns.Select(c => c.Heading))}");
Console.WriteLine($"Wrote {docx} and {html} with the templates in {templates}.");
if (!page.Contains("ĐỊA ĐIỂM", StringComparison.Ordinal) || !page.Contains("UBND huyện Đức Thọ", StringComparison.Ordinal))
{
    Console.Error.WriteLine("The rendered page lacks the Địa điểm column.");
    return 1;
}

return 0;
