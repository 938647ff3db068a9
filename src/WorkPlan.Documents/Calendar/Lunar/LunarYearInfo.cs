namespace WorkPlan.Documents.Calendar.Lunar;

/// <summary>One lunar year: the days its months start on and its leap month.</summary>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
internal sealed class LunarYearInfo
{
    internal LunarYearInfo(int year, int[] starts, int leapMonth)
    {
        Year = year;
        Starts = starts;
        LeapMonth = leapMonth;
    }

    /// <summary>Gets the lunar year, numbered as the Gregorian year its Tết falls in.</summary>
    internal int Year { get; }

    /// <summary>Gets the Julian day numbers the months start on (12 or 13 entries), then the next year's Tết.</summary>
    internal int[] Starts { get; }

    /// <summary>Gets the number of the month the leap month repeats (it follows that month), or 0 for a common year.</summary>
    internal int LeapMonth { get; }

    /// <summary>Gets the number of months (12 or 13).</summary>
    internal int MonthCount => Starts.Length - 1;

    /// <summary>Gets the day number of Tết (mùng 1 tháng Giêng).</summary>
    internal int FirstDay => Starts[0];

    /// <summary>Gets the day number of the next year's Tết (one past the last day of this year).</summary>
    internal int EndDay => Starts[Starts.Length - 1];

    /// <summary>Returns the position of a month in the year, or −1 when the year has no such month.</summary>
    /// <param name="month">The month number, 1 to 12.</param>
    /// <param name="isLeapMonth">Whether the leap month of that number is meant.</param>
    /// <returns>The index into <see cref="Starts"/>.</returns>
    internal int IndexOf(int month, bool isLeapMonth)
    {
        if (isLeapMonth && month != LeapMonth)
        {
            return -1;
        }

        return LeapMonth != 0 && (month > LeapMonth || isLeapMonth) ? month : month - 1;
    }

    /// <summary>Returns the month number and leap flag of the month at a position.</summary>
    /// <param name="index">The index into <see cref="Starts"/>.</param>
    /// <param name="isLeapMonth">Whether it is the leap month.</param>
    /// <returns>The month number, 1 to 12.</returns>
    internal int MonthAt(int index, out bool isLeapMonth)
    {
        isLeapMonth = LeapMonth != 0 && index == LeapMonth;
        return LeapMonth != 0 && index >= LeapMonth ? index : index + 1;
    }

    /// <summary>Returns the index of the month that contains a day of this year.</summary>
    /// <param name="dayNumber">A day number in [<see cref="FirstDay"/>, <see cref="EndDay"/>).</param>
    /// <returns>The month's index.</returns>
    internal int IndexOfDay(int dayNumber)
    {
        // Months have 29 or 30 days, so dividing by 30 never overshoots; at most one step forward remains.
        int i = (dayNumber - Starts[0]) / 30;
        while (Starts[i + 1] <= dayNumber)
        {
            i++;
        }

        return i;
    }
}
