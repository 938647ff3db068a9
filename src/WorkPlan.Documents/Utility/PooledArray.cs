using System.Buffers;
using System.Runtime.CompilerServices;

namespace WorkPlan.Documents.Utility;

/// <summary>
/// A growable array rented from <see cref="ArrayPool{T}.Shared"/>: the rent, grow and return that the render's
/// buffers (the markup, a DOCX part, the finished document) share. The first <see cref="Length"/> elements are the
/// ones in use; growing rents an array at least twice as large, copies them and returns the old array.
/// </summary>
/// <remarks>
/// <para>
/// A mutable struct, so that a buffer's hot paths read the array straight from a field of their own object (no
/// second object, no virtual call). Keep it in a field that is not <c>readonly</c> and never copy it: a copy would
/// share the array, and growing or returning one copy would leave the other holding an array back in the pool.
/// </para>
/// <para>
/// <see cref="Array"/> changes when the array grows: read it after <see cref="Reserve"/> or
/// <see cref="EnsureCapacity"/>, not before. Limited to unmanaged elements, so an array returned to the pool holds no
/// references and needs no clearing. The default value has no array at all: create one with the constructor.
/// </para>
/// </remarks>
/// <typeparam name="T">The element type.</typeparam>
/// <threadsafety>Not thread-safe: owned by one buffer, which is used by one thread at a time.</threadsafety>
internal struct PooledArray<T>
    where T : unmanaged
{
    private T[] array;
    private int length;

    /// <summary>Rents an array of at least <paramref name="minimumCapacity"/> elements.</summary>
    /// <param name="minimumCapacity">The number of elements the array must hold at least.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minimumCapacity"/> is negative.</exception>
    public PooledArray(int minimumCapacity)
    {
        if (minimumCapacity < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(minimumCapacity), minimumCapacity, "The capacity must not be negative.");
        }

        array = ArrayPool<T>.Shared.Rent(minimumCapacity);
        length = 0;
    }

    /// <summary>
    /// Gets the current array (empty after <see cref="Return"/>); it may be longer than requested, and it is replaced
    /// when it grows.
    /// </summary>
    public readonly T[] Array
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => array;
    }

    /// <summary>
    /// Gets or sets the number of elements in use: growing keeps them, <see cref="Written"/> and
    /// <see cref="ToArray"/> return them. Setting it does not check it against the capacity (the owner writes the
    /// elements first, into space it has reserved); it must lie between 0 and <see cref="Capacity"/>.
    /// </summary>
    public int Length
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        readonly get => length;
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        set => length = value;
    }

    /// <summary>Gets the length of the current array.</summary>
    public readonly int Capacity => array.Length;

    /// <summary>Gets the elements in use, without copying them; valid until the array grows or is returned.</summary>
    public readonly ArraySegment<T> Written => new(Array, 0, length);

    /// <summary>Makes room for <paramref name="count"/> more elements after the first <see cref="Length"/>.</summary>
    /// <param name="count">The number of elements about to be written at <see cref="Length"/>.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Reserve(int count)
    {
        if (array.Length - length < count)
        {
            Grow(length + count);
        }
    }

    /// <summary>Makes the array at least <paramref name="capacity"/> elements long, keeping the first <see cref="Length"/>.</summary>
    /// <param name="capacity">The length the array must have at least.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void EnsureCapacity(int capacity)
    {
        if (array.Length < capacity)
        {
            Grow(capacity);
        }
    }

    /// <summary>Copies the elements in use into a new array.</summary>
    /// <returns>The new array.</returns>
    public readonly T[] ToArray()
    {
        if (length == 0)
        {
            return [];
        }

        var copy = new T[length];
        System.Array.Copy(array, copy, length);
        return copy;
    }

    /// <summary>
    /// Returns the array to the pool and leaves this instance empty (an empty array, length 0); returning twice does
    /// nothing.
    /// </summary>
    public void Return()
    {
        T[]? rented = array;
        array = [];
        length = 0;
        if (rented is { Length: > 0 })
        {
            ArrayPool<T>.Shared.Return(rented);
        }
    }

    /// <summary>The slow path of <see cref="Reserve"/>: rents a larger array and moves the elements in use to it.</summary>
    /// <param name="capacity">The length needed.</param>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Grow(int capacity)
    {
        T[] larger = ArrayPool<T>.Shared.Rent(Math.Max(array.Length * 2, capacity));
        System.Array.Copy(array, larger, length);
        if (array.Length > 0)
        {
            ArrayPool<T>.Shared.Return(array);
        }

        array = larger;
    }
}
