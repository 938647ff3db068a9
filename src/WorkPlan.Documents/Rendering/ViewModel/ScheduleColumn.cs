using System.Globalization;
using WorkPlan.Documents.Text;

namespace WorkPlan.Documents.Rendering.ViewModel;

/// <summary>
/// A declared column of the schedule table: which entry field it shows, its heading and its width. Adding a column
/// such as "Địa điểm" or "Ghi chú" is a declaration plus the entries' field; no template changes.
/// </summary>
/// <remarks>
/// <para>
/// A field is one of the built-in names (<see cref="DayField"/>, <see cref="ContentField"/>,
/// <see cref="PreparingUnitField"/>, <see cref="LeadersField"/>, <see cref="LocationField"/>,
/// <see cref="StartTimeField"/>) or the name of an extra entry field (<c>ScheduleEntry.Fields</c>), e.g. "Ghi chú".
/// For <see cref="LocationField"/> an entry without a location falls back to an extra field named "location".
/// The day column, when declared, must come first: its cell spans all rows of the day.
/// </para>
/// <para>The width is a layout length: a percentage of the table width ("46%") or an absolute length ("25mm").</para>
/// </remarks>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed class ScheduleColumn : IEquatable<ScheduleColumn>
{
    /// <summary>The day column (ngày/thứ): date and weekday, one cell spanning the day's rows.</summary>
    public const string DayField = "day";

    /// <summary>The work (nội dung công việc), with the canonical annotations "(cả ngày)" and "(Lịch …)" re-appended.</summary>
    public const string ContentField = "content";

    /// <summary>The unit that prepares the work (chủ trì chuẩn bị).</summary>
    public const string PreparingUnitField = "preparing_unit";

    /// <summary>The leaders presiding or attending, joined "Đ/c Oánh, Đ/c Long".</summary>
    public const string LeadersField = "leaders";

    /// <summary>The location (địa điểm).</summary>
    public const string LocationField = "location";

    /// <summary>The start time, "8 giờ 30".</summary>
    public const string StartTimeField = "start_time";

    private static readonly string[] Units = ["%", "mm", "cm", "pt", "in"];

    /// <summary>Creates a column declaration.</summary>
    /// <param name="field">The field shown: a built-in name or an extra entry field's name.</param>
    /// <param name="heading">The heading in the table's header row, e.g. "ĐỊA ĐIỂM".</param>
    /// <param name="width">The width: a percentage of the table ("18%") or a length in mm, cm, pt or in.</param>
    /// <exception cref="ArgumentException">A text is empty or holds characters XML cannot carry, or the width is not a positive length.</exception>
    public ScheduleColumn(string field, string heading, string width)
    {
        Field = XmlSafeText.NormalizeRequired(field, "column.field");
        Heading = XmlSafeText.NormalizeRequired(heading, "column.heading");
        Width = XmlSafeText.NormalizeRequired(width, "column.width");
        if (!IsLength(Width))
        {
            throw new ArgumentException(
                $"column.width \"{Width}\" of column \"{Field}\" must be a positive number followed by %, mm, cm, pt or in (e.g. \"18%\").",
                "column.width");
        }
    }

    /// <summary>Gets the field shown.</summary>
    public string Field { get; }

    /// <summary>Gets the heading.</summary>
    public string Heading { get; }

    /// <summary>Gets the width as a layout length, e.g. "18%".</summary>
    public string Width { get; }

    /// <summary>Gets a value indicating whether this is the day column.</summary>
    public bool IsDay => Field == DayField;

    /// <inheritdoc />
    public bool Equals(ScheduleColumn? other) =>
        other is not null && Field == other.Field && Heading == other.Heading && Width == other.Width;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ScheduleColumn);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Field) ^ StringComparer.Ordinal.GetHashCode(Heading);

    /// <summary>Returns "field: heading (width)".</summary>
    /// <returns>The declaration as text.</returns>
    public override string ToString() => Field + ": " + Heading + " (" + Width + ")";

    /// <summary>
    /// Checks a list of columns as a render uses it: at least one column besides the day column, no null, each field
    /// at most once, the day column first if present.
    /// </summary>
    /// <param name="value">The columns.</param>
    /// <param name="field">The name of the list in messages, e.g. "options.columns".</param>
    /// <returns>The columns, as a read-only copy.</returns>
    /// <exception cref="ArgumentException">The list breaks one of the rules; its parameter name is the column at fault (<c>field[2]</c>), or the list.</exception>
    internal static IReadOnlyList<ScheduleColumn> CheckList(IEnumerable<ScheduleColumn> value, string field)
    {
        var list = new List<ScheduleColumn>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (ScheduleColumn? column in value)
        {
            if (column is null)
            {
                throw new ArgumentException($"{field}[{list.Count}] must not be null.", $"{field}[{list.Count}]");
            }

            if (!seen.Add(column.Field))
            {
                throw new ArgumentException($"{field} declares the field \"{column.Field}\" twice.", $"{field}[{list.Count}]");
            }

            if (column.IsDay && list.Count > 0)
            {
                throw new ArgumentException($"{field}: the day column must come first (it spans the day's rows); it is number {list.Count + 1}.", $"{field}[{list.Count}]");
            }

            list.Add(column);
        }

        if (list.Count == 0 || (list.Count == 1 && list[0].IsDay))
        {
            throw new ArgumentException($"{field} must declare at least one column besides the day column.", field);
        }

        return list.AsReadOnly();
    }

    private static bool IsLength(string text)
    {
        foreach (string unit in Units)
        {
            if (text.EndsWith(unit, StringComparison.Ordinal))
            {
                string number = text.Substring(0, text.Length - unit.Length);
                return number.Length > 0
                    && number.All(c => char.IsDigit(c) || c == '.')
                    && double.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out double value)
                    && value > 0;
            }
        }

        return false;
    }
}
