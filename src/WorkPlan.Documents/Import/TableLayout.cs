using System.Globalization;
using WorkPlan.Documents.Text;

namespace WorkPlan.Documents.Import;

/// <summary>
/// Which column of the schedule table holds what, read from the column header row
/// ("NGÀY/ THỨ | NỘI DUNG CÔNG VIỆC | CHỦ TRÌ CHUẨN BỊ | LÃNH ĐẠO CHỦ TRÌ, HOẶC THAM DỰ"). Columns the importer
/// does not know ("GHI CHÚ") become named entry fields.
/// </summary>
internal sealed class TableLayout
{
    private const int MaxTitleLength = 60;

    private TableLayout(IReadOnlyList<Column> columns)
    {
        Columns = columns;
    }

    internal enum Role
    {
        Day,
        Content,
        Unit,
        Leaders,
        Location,
        StartTime,
        Field,
    }

    /// <summary>Gets the seed's layout: day, content, preparing unit, leaders.</summary>
    internal static TableLayout Default { get; } = new(
    [
        new Column(Role.Day, "NGÀY/ THỨ"),
        new Column(Role.Content, "NỘI DUNG CÔNG VIỆC"),
        new Column(Role.Unit, "CHỦ TRÌ CHUẨN BỊ"),
        new Column(Role.Leaders, "LÃNH ĐẠO CHỦ TRÌ, HOẶC THAM DỰ"),
    ]);

    internal IReadOnlyList<Column> Columns { get; }

    internal int Count => Columns.Count;

    /// <summary>Reads a column header row; null when <paramref name="cells"/> is not one (it needs a day and a content column).</summary>
    internal static TableLayout? TryRead(IReadOnlyList<string> cells)
    {
        // Column titles are short; a row whose content mentions "nội dung" is not a header.
        if (cells.Count < 2 || !IsDayHeader(cells[0]) || cells.Any(c => c.Length > MaxTitleLength))
        {
            return null;
        }

        var columns = new List<Column> { new(Role.Day, cells[0].Trim()) };
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 1; i < cells.Count; i++)
        {
            string title = cells[i].Trim();
            string folded = VietnameseFold.Fold(title);
            Role role = RoleOf(folded, columns);
            if (role == Role.Field)
            {
                string name = title.Length == 0 ? "Cột " + (i + 1).ToString(CultureInfo.InvariantCulture) : title;
                while (!names.Add(name))
                {
                    name += " (" + (i + 1).ToString(CultureInfo.InvariantCulture) + ")";
                }

                columns.Add(new Column(role, name));
            }
            else
            {
                columns.Add(new Column(role, title));
            }
        }

        return columns.Any(c => c.Role == Role.Content) ? new TableLayout(columns) : null;
    }

    internal int IndexOf(Role role)
    {
        for (int i = 0; i < Columns.Count; i++)
        {
            if (Columns[i].Role == role)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>"NGÀY/ THỨ", "THỨ, NGÀY", "THỜI GIAN" — but not a weekday such as "Thứ 4", which starts a row.</summary>
    private static bool IsDayHeader(string cell)
    {
        // Most rows start with a day number or nothing; skip the fold for them.
        string trimmed = cell.TrimStart();
        if (trimmed.Length == 0 || !char.IsLetter(trimmed[0]))
        {
            return false;
        }

        string folded = VietnameseFold.Fold(cell);
        return (folded.StartsWith("ngay", StringComparison.Ordinal) || folded.StartsWith("thu", StringComparison.Ordinal)
                || folded.StartsWith("thoi gian", StringComparison.Ordinal))
            && !VietnameseWeekday.TryParse(cell, out _);
    }

    private static Role RoleOf(string folded, List<Column> taken)
    {
        // "CHỦ TRÌ CHUẨN BỊ" and "THÀNH PHẦN/ ĐƠN VỊ CHUẨN BỊ" (the weekly preset) name the preparing unit; "LÃNH ĐẠO
        // CHỦ TRÌ, HOẶC THAM DỰ", "THÀNH PHẦN" and a bare "CHỦ TRÌ" (the weekly preset) the leaders.
        Role role = folded.Contains("noi dung") ? Role.Content
            : folded.Contains("lanh dao") || folded.Contains("tham du") ? Role.Leaders
            : folded.Contains("chuan bi") || folded.Contains("don vi") ? Role.Unit
            : folded.Contains("thanh phan") || folded.Contains("chu tri") ? Role.Leaders
            : folded.Contains("dia diem") ? Role.Location
            : folded.Contains("thoi gian") ? Role.StartTime
            : Role.Field;
        return role != Role.Field && taken.Any(c => c.Role == role) ? Role.Field : role;
    }

    internal readonly struct Column
    {
        internal Column(Role role, string title)
        {
            Role = role;
            Title = title;
        }

        internal Role Role { get; }

        internal string Title { get; }
    }
}
