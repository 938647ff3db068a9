// The quick start: build a month's programme in C#, then write it as a Word document and an HTML page formatted to
// Nghị định 30. Usage: dotnet run --project samples/QuickStart -- [output folder, default "out"]
using NodaTime;
using WorkPlan.Documents.Calendar;
using WorkPlan.Documents.Checking;
using WorkPlan.Documents.Model;
using WorkPlan.Documents.Rendering;
using WorkPlan.Documents.Templates;

string folder = args.Length > 0 ? args[0] : "out";

// 1. The programme. WithVietnameseHolidays() fills every day of May 2021 with its status: 1–3 May are the Labour
//    Day break ("Nghỉ lễ"), Saturdays and Sundays are weekends.
WorkProgramme programme = WorkProgramme.CreateBuilder(ProgrammePeriod.ForMonth(new YearMonth(2021, 5)))
    .WithVietnameseHolidays()
    .WithAgency(new IssuingAgency(
        parentLines: ["BCĐ CÁC CHƯƠNG TRÌNH MTQG", "TỈNH HÀ TĨNH"],
        nameLines: ["VĂN PHÒNG ĐIỀU PHỐI", "NÔNG THÔN MỚI"],
        abbreviation: "VPĐP"))
    .WithIdentity(new DocumentIdentity(5, "CTr-VPĐP", "Hà Tĩnh", new LocalDate(2021, 5, 7)))
    .AddFocusTask("Chuẩn bị các nội dung kiểm toán Chương trình NTM năm 2021.")
    .AddFocusTask("Kiểm tra các mô hình sản xuất chuỗi gắn với sản phẩm OCOP.")
    .Day(4, day => day
        .Morning(s => s.Add("Giao ban Lãnh đạo Văn phòng", "Phòng HCTHTT", "Oánh", "Long", "Anh", "Dực"))
        .Afternoon(s => s.Add("Làm việc về chuyển đổi số trong xây dựng nông thôn mới", "Phòng KHNVGS", "Oánh")))
    .Day(5, day => day
        .Morning(s => s.AddAt(new LocalTime(8, 0), "Họp hoàn thiện kết luận nghiệm thu chính sách OCOP", "Phòng OCOP", "Dực")))
    .WithSignature(new SignatureBlock(["KT. CHÁNH VĂN PHÒNG"], "PHÓ CHÁNH VĂN PHÒNG", "Nguyễn Văn A"))
    .AddRecipient("VPĐP Chương trình NTM TW", "để báo cáo")
    .AddRecipient("Các phòng thuộc Văn phòng")
    .WithArchive("VT", "VPĐP")
    .Build();

// 2. Check it before issuing: double bookings, name variants, header data. Information findings (here: the working
//    days with nothing scheduled yet) are only counted.
IReadOnlyList<Finding> findings = ProgrammeChecker.Check(programme);
foreach (Finding finding in findings.Where(f => f.Severity != FindingSeverity.Information))
{
    Console.WriteLine(finding);
}

Console.WriteLine($"{findings.Count(f => f.Severity == FindingSeverity.Information)} information findings.");

// 3. Render. A renderer is thread-safe and caches its parsed templates: create one and share it.
WorkProgrammeRenderer renderer = Nd30Templates.CreateRenderer();
Directory.CreateDirectory(folder);
string docx = Path.Combine(folder, "chuong-trinh-cong-tac-thang-5-2021.docx");
string html = Path.ChangeExtension(docx, ".html");
await File.WriteAllBytesAsync(docx, renderer.RenderDocx(programme));
await File.WriteAllTextAsync(html, renderer.RenderHtml(programme));

Console.WriteLine($"{programme.Identity.NumberLine} — {programme.Abstract}");
Console.WriteLine($"Wrote {docx} and {html}.");
