// What a template author does: put the files that change the default ND30 set in Templates/ — here
// schedule-columns.json with an "Địa điểm" (location) column and nd30.css with the "Nghỉ lễ" rows in bold — and
// declare them in the project file (<WorkPlanTemplates Include="Templates/**" />). The build checks them (a mistake is
// a WPT error at the template's line and column) and embeds them in OfficeTemplates.Set: the app reads no template
// file at run time. To start a new override, copy a file of the default set: `workplan templates export DIR`.
// Usage: dotnet run --project samples/TemplateAuthor -- [output folder, default "template-author"]
using NodaTime;
using TemplateAuthor;
using WorkPlan.Documents.Calendar;
using WorkPlan.Documents.Model;
using WorkPlan.Documents.Rendering;

string work = args.Length > 0 ? args[0] : "template-author";
Directory.CreateDirectory(work);

// A programme whose entries have locations.
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

WorkProgrammeRenderer renderer = OfficeTemplates.CreateRenderer();
string docx = Path.Combine(work, "chuong-trinh-co-dia-diem.docx");
string html = Path.ChangeExtension(docx, ".html");
File.WriteAllBytes(docx, renderer.RenderDocx(programme));
string page = renderer.RenderHtml(programme);
File.WriteAllText(html, page);

Console.WriteLine($"Columns: {string.Join(" | ", renderer.DefaultColumns.Select(c => c.Heading))}");
Console.WriteLine($"Wrote {docx} and {html} with the templates embedded at compile time.");
if (!page.Contains("ĐỊA ĐIỂM", StringComparison.Ordinal) || !page.Contains("UBND huyện Đức Thọ", StringComparison.Ordinal))
{
    Console.Error.WriteLine("The rendered page lacks the Địa điểm column.");
    return 1;
}

return 0;
