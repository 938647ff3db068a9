using System.Globalization;

namespace WorkPlan.Documents.Rendering.Styling;

/// <summary>Reads the CSS values of the subset: lengths, numbers, colours, font families.</summary>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
internal static class CssValues
{
    /// <summary>Reads a length in <c>pt</c>, <c>mm</c>, <c>cm</c> or <c>in</c> (or a bare <c>0</c>) as points.</summary>
    /// <param name="text">The value.</param>
    /// <param name="allowNegative">Whether a negative length is acceptable.</param>
    /// <param name="points">The length in points.</param>
    /// <returns>True when the value is such a length.</returns>
    public static bool TryLength(string text, bool allowNegative, out double points)
    {
        points = 0;
        string s = text.Trim();
        if (s == "0")
        {
            return true;
        }

        if (s.Length < 3)
        {
            return false;
        }

        double factor = s.Substring(s.Length - 2) switch
        {
            "pt" => 1.0,
            "mm" => 72.0 / 25.4,
            "cm" => 720.0 / 25.4,
            "in" => 72.0,
            _ => 0,
        };
        if (factor == 0 || !TryNumber(s.Substring(0, s.Length - 2), allowNegative, out double value))
        {
            return false;
        }

        points = value * factor;
        return true;
    }

    /// <summary>Reads a plain number such as <c>1.15</c>.</summary>
    /// <param name="text">The value.</param>
    /// <param name="allowNegative">Whether a negative number is acceptable.</param>
    /// <param name="value">The number.</param>
    /// <returns>True when the value is such a number.</returns>
    public static bool TryNumber(string text, bool allowNegative, out double value)
    {
        var style = NumberStyles.AllowDecimalPoint | (allowNegative ? NumberStyles.AllowLeadingSign : NumberStyles.None);
        return double.TryParse(text.Trim(), style, CultureInfo.InvariantCulture, out value) && !double.IsInfinity(value);
    }

    /// <summary>Reads a colour as ExCSS normalises it (<c>rgb(r, g, b)</c>) into six upper-case hex digits.</summary>
    /// <param name="normalized">The value as ExCSS gives it.</param>
    /// <param name="hex">The colour, e.g. <c>1F2E3D</c>.</param>
    /// <returns>True for an opaque rgb colour.</returns>
    public static bool TryColor(string normalized, out string hex)
    {
        hex = string.Empty;
        string s = normalized.Trim();
        if (!s.StartsWith("rgb(", StringComparison.Ordinal) || s[s.Length - 1] != ')')
        {
            return false;
        }

        string[] parts = s.Substring(4, s.Length - 5).Split(',');
        if (parts.Length != 3)
        {
            return false;
        }

        var digits = new char[6];
        for (int i = 0; i < 3; i++)
        {
            if (!int.TryParse(parts[i].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int channel) || channel > 255)
            {
                return false;
            }

            string two = channel.ToString("X2", CultureInfo.InvariantCulture);
            digits[i * 2] = two[0];
            digits[(i * 2) + 1] = two[1];
        }

        hex = new string(digits);
        return true;
    }

    /// <summary>Returns the first family of a <c>font-family</c> list, without quotes.</summary>
    /// <param name="list">The list as written.</param>
    /// <returns>The first family, or null when the list is empty.</returns>
    public static string? FirstFamily(string list)
    {
        string first = list.Split(',')[0].Trim();
        if (first.Length >= 2 && (first[0] == '"' || first[0] == '\'') && first[first.Length - 1] == first[0])
        {
            first = first.Substring(1, first.Length - 2).Trim();
        }

        return first.Length == 0 ? null : first;
    }
}
