using System.Collections;
using System.Collections.Immutable;

namespace WorkPlan.Documents.Templates.Generator;

/// <summary>
/// An immutable array compared by its elements, so that a pipeline value holding it is cached by the incremental
/// generator driver when a step produces the same elements again (ImmutableArray compares by reference).
/// </summary>
/// <typeparam name="T">The element type, itself equatable by value.</typeparam>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
internal readonly struct EquatableArray<T> : IEquatable<EquatableArray<T>>, IReadOnlyList<T>
    where T : IEquatable<T>
{
    private readonly ImmutableArray<T> items;

    public EquatableArray(ImmutableArray<T> items)
    {
        this.items = items;
    }

    public int Count => items.IsDefault ? 0 : items.Length;

    public T this[int index] => items[index];

    public static bool operator ==(EquatableArray<T> left, EquatableArray<T> right) => left.Equals(right);

    public static bool operator !=(EquatableArray<T> left, EquatableArray<T> right) => !left.Equals(right);

    public bool Equals(EquatableArray<T> other)
    {
        if (Count != other.Count)
        {
            return false;
        }

        for (int i = 0; i < Count; i++)
        {
            if (!items[i].Equals(other.items[i]))
            {
                return false;
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => obj is EquatableArray<T> other && Equals(other);

    public override int GetHashCode()
    {
        int hash = 17;
        foreach (T item in this)
        {
            hash = unchecked((hash * 31) + item.GetHashCode());
        }

        return hash;
    }

    public IEnumerator<T> GetEnumerator() => (items.IsDefault ? ImmutableArray<T>.Empty : items).AsEnumerable().GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
