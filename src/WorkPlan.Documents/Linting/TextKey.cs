using System.Text;
using WorkPlan.Documents.Text;

namespace WorkPlan.Documents.Linting;

/// <summary>
/// The keys the linter recognises the elements of a document by: text folded (no case, no diacritics, "đ" as "d")
/// with only its letters and digits kept, so that "CỘNG HOÀ XÃ HỘI…", "Cộng hòa xã hội…" (shown in capitals) and a
/// title split over runs all meet.
/// </summary>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
internal static class TextKey
{
    /// <summary>The key of the Quốc hiệu.</summary>
    internal const string NationalName = "conghoaxahoichunghiavietnam";

    /// <summary>The key of the Tiêu ngữ.</summary>
    internal const string Motto = "doclaptudohanhphuc";

    /// <summary>The key of "Nơi nhận".</summary>
    internal const string Recipients = "noinhan";

    /// <summary>
    /// The tên loại of administrative documents (Nghị định 30, Điều 7 and Phụ lục III), folded, and the weekly
    /// "lịch công tác"/"lịch làm việc" offices issue in the same form.
    /// </summary>
    internal static readonly HashSet<string> DocumentTypes = new(StringComparer.Ordinal)
    {
        "nghiquyet", "quyetdinh", "chithi", "quyche", "quydinh", "thongcao", "thongbao", "huongdan", "chuongtrinh",
        "kehoach", "phuongan", "dean", "duan", "baocao", "bienban", "totrinh", "hopdong", "congdien", "banghinho",
        "banthoathuan", "giayuyquyen", "giaymoi", "giaygioithieu", "giaynghiphep", "phieugui", "phieuchuyen",
        "phieubao", "thucong", "lichcongtac", "lichlamviec",
    };

    /// <summary>Returns the key of a text.</summary>
    internal static string Of(string text)
    {
        string folded = VietnameseFold.Key(text);
        var key = new StringBuilder(folded.Length);
        foreach (char c in folded)
        {
            if (char.IsLetterOrDigit(c))
            {
                key.Append(c);
            }
        }

        return key.ToString();
    }

    /// <summary>Returns whether a run shows only capitals: its text has no lower-case letter, or w:caps shows them as capitals.</summary>
    internal static bool ShowsCapitals(DocxRun run) => run.Format.Caps == true || !run.Text.Any(char.IsLower);

    /// <summary>Returns whether a text starts with a character (string.StartsWith(char) is missing on netstandard2.0).</summary>
    internal static bool StartsWith(string text, char c) => text.Length > 0 && text[0] == c;

    /// <summary>Returns whether a text ends with a character.</summary>
    internal static bool EndsWith(string text, char c) => text.Length > 0 && text[text.Length - 1] == c;
}
