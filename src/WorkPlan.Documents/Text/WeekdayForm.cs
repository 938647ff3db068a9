namespace WorkPlan.Documents.Text;

/// <summary>The ways Vietnamese documents write a weekday (thứ).</summary>
public enum WeekdayForm
{
    /// <summary>In words: "Thứ Hai" … "Thứ Bảy", "Chủ nhật" (ND30 Phụ lục II capitalisation).</summary>
    Words = 0,

    /// <summary>With numerals: "Thứ 2" … "Thứ 7", "Chủ nhật" (the seed's table uses this form).</summary>
    Numerals = 1,

    /// <summary>Abbreviated for narrow columns: "T2" … "T7", "CN". Not for the formal document body.</summary>
    Abbreviated = 2,
}
