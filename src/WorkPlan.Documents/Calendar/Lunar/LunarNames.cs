namespace WorkPlan.Documents.Calendar.Lunar;

/// <summary>The Vietnamese names of lunar years (can chi), months and days.</summary>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
internal static class LunarNames
{
    // Thiên can (heavenly stems) and địa chi (earthly branches); year 4 AD was Giáp Tý.
    private static readonly string[] Stems = ["Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý"];
    private static readonly string[] Branches = ["Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi", "Thân", "Dậu", "Tuất", "Hợi"];

    private static readonly string[] Months =
        ["Giêng", "Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy", "Tám", "Chín", "Mười", "Mười Một", "Chạp"];

    /// <summary>Returns the sexagenary (can chi) name of a lunar year, e.g. "Tân Sửu" for 2021.</summary>
    /// <param name="year">The lunar year (positive).</param>
    /// <returns>The name.</returns>
    internal static string Year(int year) => Stems[(year + 6) % 10] + " " + Branches[(year + 8) % 12];

    /// <summary>Returns a month's name, e.g. "tháng Giêng", "tháng Chạp", "tháng Sáu nhuận".</summary>
    /// <param name="month">The month, 1 to 12.</param>
    /// <param name="isLeapMonth">Whether it is the leap month.</param>
    /// <returns>The name.</returns>
    internal static string Month(int month, bool isLeapMonth) => "tháng " + Months[month - 1] + (isLeapMonth ? " nhuận" : string.Empty);

    /// <summary>Returns a day's name: "mùng 1" to "mùng 10", then "ngày 11" to "ngày 30".</summary>
    /// <param name="day">The day, 1 to 30.</param>
    /// <returns>The name.</returns>
    internal static string Day(int day) =>
        (day <= 10 ? "mùng " : "ngày ") + day.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
