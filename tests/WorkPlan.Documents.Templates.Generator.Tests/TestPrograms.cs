using NodaTime;
using WorkPlan.Documents.Model;

namespace WorkPlan.Documents.Templates.Generator.Tests;

/// <summary>A small programme to render with a generated template set.</summary>
internal static class TestPrograms
{
    public static WorkProgramme Small() =>
        WorkProgramme.CreateBuilder(ProgrammePeriod.ForMonth(new YearMonth(2021, 5)))
            .WithAgency(new IssuingAgency(["UBND TỈNH HÀ TĨNH"], ["VĂN PHÒNG"], "VP"))
            .WithIdentity(new DocumentIdentity(5, "CTr-VP", "Hà Tĩnh", new LocalDate(2021, 5, 7)))
            .Day(4, day => day.Morning(s => s.Add(new ScheduleEntry("Giao ban Lãnh đạo Văn phòng", "Phòng HCTH", [new Person("Oánh")]))))
            .WithSignature(new SignatureBlock(["KT. CHÁNH VĂN PHÒNG"], "PHÓ CHÁNH VĂN PHÒNG", "Nguyễn Văn A"))
            .WithArchive("VT", "VP")
            .Build();
}
