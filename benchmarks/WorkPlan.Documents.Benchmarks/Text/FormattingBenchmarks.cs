using BenchmarkDotNet.Attributes;
using NodaTime;
using WorkPlan.Documents.Text;

namespace WorkPlan.Documents.Benchmarks.Text;

/// <summary>The Vietnamese formatting functions every rendered document calls many times.</summary>
[MemoryDiagnoser]
public class FormattingBenchmarks
{
    private static readonly LocalDate Date = new(2021, 5, 7);
    private static readonly string Decomposed = "Kiểm tra ý tưởng sản phẩm tham gia Chương trình OCOP năm 2021".Normalize(System.Text.NormalizationForm.FormD);
    private const string Composed = "Kiểm tra ý tưởng sản phẩm tham gia Chương trình OCOP năm 2021";

    /// <summary>"Hà Tĩnh, ngày 07 tháng 5 năm 2021".</summary>
    [Benchmark]
    public string PlaceAndDate() => Nd30DateFormat.PlaceAndDate("Hà Tĩnh", Date);

    /// <summary>"07/5".</summary>
    [Benchmark]
    public string ShortDate() => Nd30DateFormat.ShortDate(Date, includeYear: false);

    /// <summary>"Thứ Sáu".</summary>
    [Benchmark]
    public string Weekday() => VietnameseWeekday.Format(Date, WeekdayForm.Words);

    /// <summary>Parse "Thứ 6" back.</summary>
    [Benchmark]
    public IsoDayOfWeek ParseWeekday() => VietnameseWeekday.Parse("Thứ 6");

    /// <summary>"Số: 05/CTr-VPĐP".</summary>
    [Benchmark]
    public string NumberLine() => DocumentNumberFormat.Line(5, "CTr-VPĐP");

    /// <summary>Checking text that is already NFC (the common case).</summary>
    [Benchmark]
    public string NormalizeComposed() => XmlSafeText.Normalize(Composed, "content");

    /// <summary>Checking and composing decomposed text.</summary>
    [Benchmark]
    public string NormalizeDecomposed() => XmlSafeText.Normalize(Decomposed, "content");
}
