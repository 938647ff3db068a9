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

    /// <summary>
    /// The honorifics an office writes before a name (danh xưng), longest first: "Đồng chí" and its short form "Đ/c",
    /// "Ông", "Bà". <see cref="FromWritten"/> separates them from the name; the checker (WP013) reports a name that
    /// still starts with one while an honorific is also given.
    /// </summary>
    internal static readonly IReadOnlyList<string> KnownHonorifics = ["Đồng chí", "Đ/c", "Ông", "Bà"];

    /// <summary>
    /// Reads a person as an office writes one in a list: a known honorific in front ("Đ/c Oánh", "đ/c Oánh",
    /// "Đồng chí Oánh", "Ông Nguyễn Văn A", "Bà Lan") is kept as the honorific, the rest as the name; a name without
    /// one gets "Đ/c". So "Đ/c Oánh" prints "Đ/c Oánh", never "Đ/c Đ/c Oánh".
    /// </summary>
    /// <param name="written">The person as written, e.g. "Đ/c Oánh" or "Oánh".</param>
    /// <returns>The person.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="written"/> is null.</exception>
    /// <exception cref="ArgumentException">Nothing but an honorific is written, or the text holds characters XML cannot carry.</exception>
    /// <exception cref="ProgrammeLimitException">The text is longer than <see cref="ProgrammeLimits.MaxTextLength"/>.</exception>
    public static Person FromWritten(string written)
    {
        string text = XmlSafeText.NormalizeRequired(written, "person.name");
        (string? honorific, string name) = SplitHonorific(text);
        if (name.Length == 0 || KnownHonorifics.Any(h => string.Equals(h, text, StringComparison.OrdinalIgnoreCase)))
        {
            throw new ArgumentException($"person.name \"{text}\" is an honorific without a name.", "person.name");
        }

        return new Person(name, honorific ?? Comrade);
    }

    /// <summary>
    /// Splits a known honorific from the front of a name ("Đ/c Oánh" → ("Đ/c", "Oánh")), matching the letter case of the
    /// written honorific loosely ("đ/c", "đồng chí") and giving it back in its usual form; (null, text) when there is none.
    /// </summary>
    internal static (string? Honorific, string Name) SplitHonorific(string text)
    {
        foreach (string honorific in KnownHonorifics)
        {
            if (text.Length > honorific.Length
                && text.StartsWith(honorific, StringComparison.OrdinalIgnoreCase)
                && (char.IsWhiteSpace(text[honorific.Length]) || honorific.EndsWith("/c", StringComparison.Ordinal) && text[honorific.Length] == '.'))
            {
                return (honorific, text.Substring(honorific.Length + 1).Trim());
            }
        }

        return (null, text);
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
