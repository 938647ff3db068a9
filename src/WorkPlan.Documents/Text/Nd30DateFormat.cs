using System.Globalization;
using NodaTime;

namespace WorkPlan.Documents.Text;

/// <summary>
/// Dates as Nghị định 30/2020/NĐ-CP writes them: days below 10 and the months January and February
/// take a leading zero, other months do not ("ngày 05 tháng 01 năm 2020", "ngày 29 tháng 6 năm 2019").
/// </summary>
/// <threadsafety>This type is stateless and thread-safe.</threadsafety>
public static class Nd30DateFormat
{
    /// <summary>The day of the month as ND30 writes it: "01" … "09", "10" … "31".</summary>
    /// <param name="day">The day of the month, 1 to 31.</param>
    /// <returns>The day, zero-padded below 10.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="day"/> is outside 1–31.</exception>
    public static string Day(int day)
    {
        if (day < 1 || day > 31)
        {
            throw new ArgumentOutOfRangeException(nameof(day), day, "A day of the month is from 1 to 31.");
        }

        return day.ToString("00", CultureInfo.InvariantCulture);
    }

    /// <summary>The month as ND30 writes it: "01", "02", then "3" … "12".</summary>
    /// <param name="month">The month, 1 to 12.</param>
    /// <returns>The month, zero-padded only for January and February.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="month"/> is outside 1–12.</exception>
    public static string Month(int month)
    {
        if (month < 1 || month > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(month), month, "A month is from 1 to 12.");
        }

        return month <= 2
            ? month.ToString("00", CultureInfo.InvariantCulture)
            : month.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The long form used in the header and in running text: "ngày 07 tháng 5 năm 2021".</summary>
    /// <param name="date">The date.</param>
    /// <returns>The date in words with ND30 padding.</returns>
    public static string LongDate(LocalDate date) =>
        "ngày " + Day(date.Day) + " tháng " + Month(date.Month) + " năm " + date.Year.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// The place and date line of the header (ô số 4): "Hà Tĩnh, ngày 07 tháng 5 năm 2021".
    /// </summary>
    /// <param name="placeName">The place name (địa danh), e.g. "Hà Tĩnh".</param>
    /// <param name="date">The issue date.</param>
    /// <returns>The line, without the italic styling that the stylesheet adds.</returns>
    /// <exception cref="ArgumentException"><paramref name="placeName"/> is empty or holds characters XML cannot carry.</exception>
    public static string PlaceAndDate(string placeName, LocalDate date) =>
        XmlSafeText.NormalizeRequired(placeName, nameof(placeName)) + ", " + LongDate(date);

    /// <summary>
    /// The short numeric form: "03/5" without the year, "18/01/2022" or "07/5/2021" with it.
    /// </summary>
    /// <param name="date">The date.</param>
    /// <param name="includeYear">Whether to append "/yyyy".</param>
    /// <returns>The short date with ND30 padding.</returns>
    public static string ShortDate(LocalDate date, bool includeYear = true)
    {
        string dayMonth = Day(date.Day) + "/" + Month(date.Month);
        return includeYear ? dayMonth + "/" + date.Year.ToString(CultureInfo.InvariantCulture) : dayMonth;
    }

    /// <summary>The month and year in running text: "tháng 5 năm 2021", "tháng 01 năm 2022".</summary>
    /// <param name="month">The month.</param>
    /// <returns>The month in words with ND30 padding.</returns>
    public static string MonthAndYear(YearMonth month) =>
        "tháng " + Month(month.Month) + " năm " + month.Year.ToString(CultureInfo.InvariantCulture);

    /// <summary>The month and year in short form, as in "lịch làm việc tháng 5/2021": "5/2021", "01/2022".</summary>
    /// <param name="month">The month.</param>
    /// <returns>The month and year separated by a slash.</returns>
    public static string ShortMonth(YearMonth month) =>
        Month(month.Month) + "/" + month.Year.ToString(CultureInfo.InvariantCulture);
}
