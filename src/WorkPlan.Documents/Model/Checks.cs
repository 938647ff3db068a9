using WorkPlan.Documents.Text;

namespace WorkPlan.Documents.Model;

/// <summary>Argument checks shared by the model types (NodaTime's Preconditions, in our words).</summary>
internal static class Checks
{
    internal static T NotNull<T>(T? value, string field)
        where T : class =>
        value ?? throw new ArgumentNullException(field, $"{field} must not be null.");

    internal static IReadOnlyList<string> Lines(IEnumerable<string>? lines, string field, bool required)
    {
        if (lines is null)
        {
            if (required)
            {
                throw new ArgumentNullException(field, $"{field} must not be null.");
            }

            return Array.Empty<string>();
        }

        var result = new List<string>();
        int index = 0;
        foreach (string line in lines)
        {
            result.Add(ModelText.NormalizeRequired(line, $"{field}[{index}]"));
            index++;
        }

        if (required && result.Count == 0)
        {
            throw new ArgumentException($"{field} must have at least one line.", field);
        }

        return result.AsReadOnly();
    }

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
