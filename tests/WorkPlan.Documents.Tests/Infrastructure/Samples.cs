using NodaTime;
using WorkPlan.Documents.Model;

namespace WorkPlan.Documents.Tests.Infrastructure;

/// <summary>Programmes built in code for tests.</summary>
public static class Samples
{
    public static IssuingAgency Agency { get; } = new(
        ["BCĐ CÁC CHƯƠNG TRÌNH MTQG", "TỈNH HÀ TĨNH"],
        ["VĂN PHÒNG ĐIỀU PHỐI", "NÔNG THÔN MỚI"],
        "VPĐP");

    public static SignatureBlock Signature { get; } = new(["KT. CHÁNH VĂN PHÒNG"], "PHÓ CHÁNH VĂN PHÒNG", "Nguyễn Văn A");

    /// <summary>May 2021 with every optional field of every type set at least once.</summary>
    public static WorkProgramme FullMonth() =>
        WorkProgramme.CreateBuilder(ProgrammePeriod.ForMonth(new YearMonth(2021, 5)))
            .WithAgency(Agency)
            .WithIdentity(new DocumentIdentity(5, "CTr-VPĐP", "Hà Tĩnh", new LocalDate(2021, 5, 7)))
            .WithAbstract("Công tác tháng 5 năm 2021 của Văn phòng Điều phối")
            .WithSignature(Signature)
            .WithFocusTasksHeading("Các công việc cần tập trung cao")
            .WithScheduleHeading("Dự kiến lịch làm việc tháng 5/2021")
            .AddFocusTask("Chuẩn bị các nội dung kiểm toán Chương trình NTM năm 2021.")
            .AddFocusTask("Tổ chức gameshow OCOP là gì tại Hương Sơn, Thị xã Hồng Lĩnh.")
            .Day(1, d => d.Status(DayStatus.Holiday, "Ngày Quốc tế Lao động").Written(IsoDayOfWeek.Saturday))
            .Day(2, d => d.Status(DayStatus.Holiday))
            .Day(3, d => d.Status(DayStatus.Holiday, "Nghỉ bù"))
            .Day(4, d => d
                .Written(IsoDayOfWeek.Tuesday)
                .Morning(s => s
                    .Add("Giao ban Lãnh đạo Văn phòng", "Phòng HCTHTT", "Oánh", "Long", "Anh", "Dực")
                    .Add(new ScheduleEntry(
                        "Làm việc tại Đức Thọ về mô hình chuyển đổi đất lúa",
                        "Phòng KHNVGS",
                        [new Person("Oánh"), new Person("Nguyễn Văn B", honorific: null)],
                        new LocalTime(8, 30),
                        "Hội trường UBND huyện Đức Thọ",
                        isAllDay: true,
                        calendarOf: "UBND tỉnh",
                        fields: [new("Ghi chú", "Mang hồ sơ"), new("Địa điểm", "Đức Thọ")])))
                .Afternoon(s => s.AddAt(new LocalTime(14, 0), "Họp hoàn thiện kết luận nghiệm thu chính sách OCOP", "Phòng OCOP", "Dực"))
                .Evening(s => s.Add("Chuẩn bị tài liệu")))
            .Day(8, d => d.Status(DayStatus.MakeUpWorkingDay).AllDay(s => s.AddAllDay("Đi kiểm tra cơ sở", null)))
            .Day(9, d => d.Morning(_ => { }).Afternoon(_ => { }))
            .AddRecipient("VPĐP Chương trình NTM TW")
            .AddRecipient("Trưởng, Phó BCĐ NTM, ĐTVM, GNBV, OCOP tỉnh", "để báo cáo")
            .WithArchive("VT", "VPĐP")
            .MarkAssumed(AssumedFields.Agency | AssumedFields.Signature | AssumedFields.Number)
            .Build();

    /// <summary>A small programme with only what is required.</summary>
    public static WorkProgramme Minimal() =>
        WorkProgramme.CreateBuilder(ProgrammePeriod.ForWeek(new LocalDate(2021, 5, 12)))
            .WithAgency(new IssuingAgency([], ["ỦY BAN NHÂN DÂN XÃ A"], "UBND"))
            .WithIdentity(new DocumentIdentity(null, "CTr-UBND", "Xã A", new LocalDate(2021, 5, 7)))
            .WithSignature(new SignatureBlock(null, "CHỦ TỊCH", "Trần Thị B"))
            .Day(new LocalDate(2021, 5, 10), d => d.Morning(s => s.Add("Giao ban")))
            .Build();
}
