namespace WorkPlan.Documents.Calendar.Lunar;

/// <summary>
/// The lunar months from the month that contains one winter solstice (tháng 11, the month of Đông chí) to the month
/// that contains the next: 12 months, or 13 when a leap month falls among them.
/// </summary>
/// <remarks>
/// Month 11 of lunar year Y − 1 opens the span that closes with month 11 of year Y; the span holds months 11 and
/// 12 of year Y − 1 and months 1 to 10 of year Y. In a 13-month span the first month after month 11 without a
/// principal term (trung khí) is the leap month and repeats the number of the month before it.
/// </remarks>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
internal sealed class SolsticeYear
{
    internal SolsticeYear(int[] starts, int leapIndex)
    {
        Starts = starts;
        LeapIndex = leapIndex;
        Labels = new int[starts.Length - 1];
        Labels[0] = 11;
        for (int i = 1; i < Labels.Length; i++)
        {
            Labels[i] = i == leapIndex ? Labels[i - 1] : (Labels[i - 1] % 12) + 1;
        }
    }

    /// <summary>Gets the local day numbers the months start on; the last entry starts the next span's month 11.</summary>
    internal int[] Starts { get; }

    /// <summary>Gets the index of the leap month, or −1.</summary>
    internal int LeapIndex { get; }

    /// <summary>Gets the month number of each month (11, 12, 1, 2, …; a leap month repeats the number before it).</summary>
    internal int[] Labels { get; }

    /// <summary>Gets the number of months (12 or 13).</summary>
    internal int MonthCount => Labels.Length;

    /// <summary>Returns the index of the (non-leap) first month, tháng Giêng.</summary>
    /// <returns>2, or 3 when a leap month 11 or 12 comes before it.</returns>
    internal int IndexOfFirstMonth() => LeapIndex is 1 or 2 ? 3 : 2;
}
