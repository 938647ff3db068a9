namespace WorkPlan.Documents.Harness;

/// <summary>Order statistics of a set of measurements (nearest-rank percentiles).</summary>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
internal sealed class Samples
{
    private readonly double[] sorted;

    public Samples(IEnumerable<double> values)
    {
        sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            throw new ArgumentException("at least one measurement is needed.", nameof(values));
        }
    }

    public int Count => sorted.Length;

    public double Min => sorted[0];

    public double Max => sorted[^1];

    public double Median => Percentile(50);

    public double P90 => Percentile(90);

    /// <summary>The nearest-rank percentile: the smallest value with at least <paramref name="p"/>% of the values at or below it.</summary>
    public double Percentile(double p)
    {
        int rank = (int)Math.Ceiling(p / 100 * sorted.Length);
        return sorted[Math.Clamp(rank, 1, sorted.Length) - 1];
    }
}
