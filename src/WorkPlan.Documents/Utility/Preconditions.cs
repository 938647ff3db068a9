namespace WorkPlan.Documents.Utility;

/// <summary>
/// Argument checks shared by the model types, after NodaTime's <c>Preconditions</c>: each returns the checked value
/// (or a read-only copy of it) and throws with a message naming the field.
/// </summary>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
internal static class Preconditions
{
    /// <summary>Returns <paramref name="value"/>, which must not be null.</summary>
    /// <typeparam name="T">The type of the value.</typeparam>
    /// <param name="value">The value to check.</param>
    /// <param name="field">The field's name for the error message.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    internal static T NotNull<T>(T? value, string field)
        where T : class =>
        value ?? throw new ArgumentNullException(field, $"{field} must not be null.");

    /// <summary>Copies items, none of which may be null.</summary>
    /// <typeparam name="T">The type of the items.</typeparam>
    /// <param name="items">The items, or null for none.</param>
    /// <param name="field">The field's name for error messages; an item is named <c>field[index]</c>.</param>
    /// <returns>A read-only copy of the items (empty when <paramref name="items"/> is null).</returns>
    /// <exception cref="ArgumentNullException">An item is null.</exception>
    internal static IReadOnlyList<T> Items<T>(IEnumerable<T>? items, string field)
        where T : class
    {
        if (items is null)
        {
            return Array.Empty<T>();
        }

        var result = new List<T>();
        int index = 0;
        foreach (T item in items)
        {
            result.Add(item ?? throw new ArgumentNullException(field, $"{field}[{index}] must not be null."));
            index++;
        }

        return result.AsReadOnly();
    }
}
