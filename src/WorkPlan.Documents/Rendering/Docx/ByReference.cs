namespace WorkPlan.Documents.Rendering.Docx;

/// <summary>
/// A cache-key part that compares an object by identity: the writer interns its <c>StyleProperties</c> per context
/// and style, so identity is equality there, and hashing every field of a record on each lookup is avoided.
/// </summary>
/// <typeparam name="T">The object's type.</typeparam>
/// <param name="value">The object.</param>
internal readonly struct ByReference<T>(T value) : IEquatable<ByReference<T>>
    where T : class
{
    /// <summary>Gets the object.</summary>
    public T Value { get; } = value;

    /// <inheritdoc/>
    public bool Equals(ByReference<T> other) => ReferenceEquals(Value, other.Value);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ByReference<T> other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(Value);
}
