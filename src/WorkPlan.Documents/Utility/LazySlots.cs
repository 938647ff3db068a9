namespace WorkPlan.Documents.Utility;

/// <summary>
/// Lock-free, fill-on-first-use caches kept in arrays (one slot per year). Two threads that miss the same slot both
/// compute it; the first to store wins and both return the stored value, so every caller sees one instance.
/// </summary>
/// <threadsafety>Thread-safe.</threadsafety>
internal static class LazySlots
{
    /// <summary>Returns the value in a slot, computing and storing it first when the slot is empty.</summary>
    /// <typeparam name="TOwner">The type of the object that computes the value.</typeparam>
    /// <typeparam name="T">The cached type.</typeparam>
    /// <param name="slots">The cache.</param>
    /// <param name="index">The slot.</param>
    /// <param name="owner">Passed to <paramref name="compute"/>, so that a static lambda needs no closure.</param>
    /// <param name="key">Passed to <paramref name="compute"/>: what to compute (a year).</param>
    /// <param name="compute">Computes the value.</param>
    /// <returns>The cached value.</returns>
    internal static T GetOrCompute<TOwner, T>(T?[] slots, int index, TOwner owner, int key, Func<TOwner, int, T> compute)
        where T : class
    {
        T? value = Volatile.Read(ref slots[index]);
        if (value is null)
        {
            value = compute(owner, key);
            value = Interlocked.CompareExchange(ref slots[index], value, null) ?? value;
        }

        return value;
    }
}
