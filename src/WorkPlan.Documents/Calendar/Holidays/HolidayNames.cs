namespace WorkPlan.Documents.Calendar.Holidays;

/// <summary>The names of the statutory holidays as the Labour Code 2019, Art. 112(1), writes them.</summary>
internal static class HolidayNames
{
    internal const string NewYear = "Tết Dương lịch";
    internal const string LunarNewYear = "Tết Nguyên đán";
    internal const string HungKings = "Giỗ Tổ Hùng Vương";
    internal const string Victory = "Ngày Chiến thắng";
    internal const string Labour = "Ngày Quốc tế lao động";
    internal const string National = "Quốc khánh";

    /// <summary>Prefix of a compensatory day's name: "Nghỉ bù Ngày Quốc tế lao động".</summary>
    internal const string CompensatoryPrefix = "Nghỉ bù ";

    /// <summary>The name of a swapped day off that is not next to a holiday.</summary>
    internal const string Swapped = "Nghỉ hoán đổi";

    /// <summary>Prefix of a swapped day's name: "Nghỉ hoán đổi dịp Ngày Chiến thắng".</summary>
    internal const string SwappedPrefix = Swapped + " dịp ";

    /// <summary>Prefix of a make-up working day's description: "Làm bù cho ngày nghỉ 29/4/2024".</summary>
    internal const string MakeUpPrefix = "Làm bù cho ngày nghỉ ";
}
