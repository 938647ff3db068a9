using System.Globalization;
using System.Text;

namespace WorkPlan.Documents.Benchmarks.Rendering;

/// <summary>
/// A month-sized layout document for the engine benchmarks: the ND30 header table, a title with rules, ten focus
/// tasks, and a schedule of 31 days × 2 sessions × 3 entries (186 rows; the day cell spans its day's rows, the session
/// cell its session's rows), header row repeated, rows not split.
/// </summary>
internal static class LayoutBenchmarkData
{
    public const int Days = 31;
    public const int EntriesPerSession = 3;

    public const string StyleSheet = """
        body { font-family: "Times New Roman", serif; font-size: 13pt; }
        .page-number { text-align: center; }
        .agency { font-size: 12pt; font-weight: bold; text-align: center; }
        .motto { font-weight: bold; text-align: center; }
        .title { font-size: 14pt; font-weight: bold; text-align: center; }
        .rule { border-top: 0.75pt solid #000; margin-bottom: 6pt; }
        .task { text-indent: 1cm; text-align: justify; margin-top: 6pt; }
        .schedule { font-size: 12pt; padding-left: 3pt; padding-right: 3pt; }
        .head { font-weight: bold; text-align: center; vertical-align: middle; }
        .day { text-align: center; }
        .leader { font-style: italic; }
        """;

    public static string Markup { get; } = Build();

    public static string EntryText(int day, int session, int entry) =>
        string.Create(CultureInfo.InvariantCulture, $"Làm việc với UBND huyện về tiến độ xây dựng nông thôn mới, nội dung {day}.{session}.{entry}");

    private static string Build()
    {
        var m = new StringBuilder(256 * 1024);
        m.Append("<document lang=\"vi\" title=\"Chương trình công tác tháng 5 năm 2021\">\n");
        m.Append("<section margin-top=\"20mm\" margin-bottom=\"20mm\" margin-left=\"30mm\" margin-right=\"15mm\" header-margin=\"10mm\" first-page-header=\"hidden\">\n");
        m.Append("<page-header><p class=\"page-number\"><page-number/></p></page-header>\n");
        m.Append("<table width=\"100%\"><col width=\"40%\"/><col width=\"60%\"/><tr>");
        m.Append("<td><p class=\"agency\">VĂN PHÒNG ĐIỀU PHỐI<br/>NÔNG THÔN MỚI</p><rule class=\"rule\" length=\"1/3\"/></td>");
        m.Append("<td><p class=\"agency\">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p><p class=\"motto\">Độc lập - Tự do - Hạnh phúc</p><rule class=\"rule\"/></td>");
        m.Append("</tr></table>\n<p class=\"title\">CHƯƠNG TRÌNH</p><p class=\"title\">Công tác tháng 5 năm 2021</p><rule class=\"rule\" length=\"1/3\"/>\n<ul>");
        for (int i = 1; i <= 10; i++)
        {
            m.Append("<li class=\"task\">Chuẩn bị các nội dung kiểm toán Chương trình NTM năm 2021, việc số ").Append(i).Append(".</li>\n");
        }

        m.Append("</ul>\n<table class=\"schedule\" borders=\"all\" header-rows=\"1\" rows-can-split=\"false\">");
        m.Append("<col width=\"14%\"/><col width=\"10%\"/><col width=\"52%\"/><col width=\"24%\"/>\n");
        m.Append("<tr><td class=\"head\"><p>Ngày</p></td><td class=\"head\"><p>Buổi</p></td><td class=\"head\"><p>Nội dung</p></td><td class=\"head\"><p>Chủ trì chuẩn bị</p></td></tr>\n");
        for (int day = 1; day <= Days; day++)
        {
            for (int session = 0; session < 2; session++)
            {
                for (int entry = 0; entry < EntriesPerSession; entry++)
                {
                    m.Append("<tr>");
                    if (session == 0 && entry == 0)
                    {
                        m.Append("<td class=\"day\" rowspan=\"").Append(2 * EntriesPerSession).Append("\" valign=\"middle\"><p><b>Thứ Hai</b><br/>")
                            .Append(day.ToString("00", CultureInfo.InvariantCulture)).Append("/5</p></td>");
                    }

                    if (entry == 0)
                    {
                        m.Append("<td class=\"day\" rowspan=\"").Append(EntriesPerSession).Append("\" valign=\"middle\"><p>")
                            .Append(session == 0 ? "Sáng" : "Chiều").Append("</p></td>");
                    }

                    m.Append("<td><p>").Append(EntryText(day, session, entry)).Append(" (<span class=\"leader\">Đ/c Oánh</span>)</p></td>");
                    m.Append("<td><p>Phòng KHNVGS</p></td></tr>\n");
                }
            }
        }

        m.Append("</table>\n</section>\n</document>\n");
        return m.ToString();
    }
}
