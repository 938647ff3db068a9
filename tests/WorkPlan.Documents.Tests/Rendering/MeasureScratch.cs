using WorkPlan.Documents.Rendering.Fonts;
namespace WorkPlan.Documents.Tests.Rendering;
public class MeasureScratch
{
    [Fact]
    public void Measure()
    {
        double mm(string t, bool b, double pt) => t.Sum(c => (double)FontFace.Select(b, false).Advance(c)) / 2048.0 * pt * 25.4 / 72;
        File.WriteAllText("/tmp/measure.txt", string.Join("\n", new[] {
            $"parent13 {mm("BCĐ CÁC CHƯƠNG TRÌNH MTQG", false, 13):F1}",
            $"parent12 {mm("BCĐ CÁC CHƯƠNG TRÌNH MTQG", false, 12):F1}",
            $"agency13b {mm("VĂN PHÒNG ĐIỀU PHỐI", true, 13):F1}",
            $"qh13b {mm("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", true, 13):F1}",
            $"qh12b {mm("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", true, 12):F1}",
            $"motto14b {mm("Độc lập - Tự do - Hạnh phúc", true, 14):F1}",
        }));
    }
}
