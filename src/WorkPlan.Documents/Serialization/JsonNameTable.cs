using System.Diagnostics.CodeAnalysis;

namespace WorkPlan.Documents.Serialization;

/// <summary>
/// The names the JSON format gives the values of one enumeration, each value paired with its name explicitly, so
/// that renumbering or reordering the enumeration cannot change the format.
/// </summary>
/// <typeparam name="T">The enumeration.</typeparam>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
internal sealed class JsonNameTable<T>
    where T : struct, Enum
{
    private readonly (T Value, string Name)[] pairs;

    /// <summary>Creates the table.</summary>
    /// <param name="pairs">Every value with its name, in the order the schema and error messages list them.</param>
    internal JsonNameTable(params (T Value, string Name)[] pairs) => this.pairs = pairs;

    /// <summary>Gets every value with its name, in the schema's order.</summary>
    internal IReadOnlyList<(T Value, string Name)> Pairs => pairs;

    /// <summary>Gets the name of <paramref name="value"/>.</summary>
    /// <param name="value">A value of the table.</param>
    /// <returns>The name, e.g. "morning".</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not in the table.</exception>
    internal string NameOf(T value) => TryNameOf(value, out string? name)
        ? name
        : throw new ArgumentOutOfRangeException(nameof(value), value, $"{typeof(T).Name} {value} has no name in the JSON format.");

    /// <summary>Finds the name of <paramref name="value"/>.</summary>
    /// <param name="value">The value.</param>
    /// <param name="name">The name, when found.</param>
    /// <returns>Whether the value is in the table.</returns>
    internal bool TryNameOf(T value, [NotNullWhen(true)] out string? name)
    {
        foreach ((T candidate, string candidateName) in pairs)
        {
            if (EqualityComparer<T>.Default.Equals(candidate, value))
            {
                name = candidateName;
                return true;
            }
        }

        name = null;
        return false;
    }

    /// <summary>Finds the value named <paramref name="name"/> (ordinal, case-sensitive).</summary>
    /// <param name="name">The name.</param>
    /// <param name="value">The value, when found.</param>
    /// <returns>Whether the name is in the table.</returns>
    internal bool TryParse(string name, out T value)
    {
        foreach ((T candidate, string candidateName) in pairs)
        {
            if (string.Equals(candidateName, name, StringComparison.Ordinal))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>Gets the names quoted and listed for an error message: <c>"allDay", "morning", …</c>.</summary>
    internal string Listed => string.Join(", ", pairs.Select(p => "\"" + p.Name + "\""));
}
