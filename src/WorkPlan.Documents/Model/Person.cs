using WorkPlan.Documents.Text;

namespace WorkPlan.Documents.Model;

/// <summary>A person listed as presiding or attending (lãnh đạo chủ trì, hoặc tham dự), e.g. "Đ/c Oánh".</summary>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed class Person : IEquatable<Person>
{
    /// <summary>The honorific used for Party and State officials, "Đ/c" (đồng chí).</summary>
    public const string Comrade = "Đ/c";

    /// <summary>Creates a person.</summary>
    /// <param name="name">The name as the office writes it, e.g. "Oánh".</param>
    /// <param name="honorific">The honorific written before the name, e.g. "Đ/c"; null for none.</param>
    /// <exception cref="ArgumentException">The name is empty or either text holds characters XML cannot carry.</exception>
    /// <exception cref="ProgrammeLimitException">A text is longer than <see cref="ProgrammeLimits.MaxTextLength"/>.</exception>
    public Person(string name, string? honorific = Comrade)
    {
        Name = LimitCheck.Text(XmlSafeText.NormalizeRequired(name, "person.name"), "person.name");
        Honorific = LimitCheck.Text(XmlSafeText.NormalizeOptional(honorific, "person.honorific"), "person.honorific");
    }

    /// <summary>Gets the name, e.g. "Oánh".</summary>
    public string Name { get; }

    /// <summary>Gets the honorific, e.g. "Đ/c", or null.</summary>
    public string? Honorific { get; }

    /// <summary>Gets the name as written in a list: "Đ/c Oánh".</summary>
    public string DisplayName => Honorific is null ? Name : Honorific + " " + Name;

    /// <inheritdoc />
    public bool Equals(Person? other) =>
        other is not null && string.Equals(Name, other.Name, StringComparison.Ordinal)
        && string.Equals(Honorific, other.Honorific, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Person);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Name);

    /// <summary>Returns <see cref="DisplayName"/>.</summary>
    /// <returns>The name as written in a list.</returns>
    public override string ToString() => DisplayName;
}
