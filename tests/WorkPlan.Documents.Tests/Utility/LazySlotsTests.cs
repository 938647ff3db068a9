using WorkPlan.Documents.Utility;

namespace WorkPlan.Documents.Tests.Utility;

public class LazySlotsTests
{
    [Fact]
    public void A_slot_is_computed_once_and_then_read()
    {
        var slots = new string?[3];
        int calls = 0;
        string first = LazySlots.GetOrCompute(slots, 1, this, 2021, (_, key) => { calls++; return key.ToString(System.Globalization.CultureInfo.InvariantCulture); });
        string second = LazySlots.GetOrCompute(slots, 1, this, 2021, (_, _) => { calls++; return "other"; });

        Assert.Equal("2021", first);
        Assert.Same(first, second);
        Assert.Equal(1, calls);
        Assert.Null(slots[0]);
    }

    [Fact]
    public void Racing_threads_all_get_the_one_stored_instance()
    {
        var slots = new object?[1];
        object[] results = new object[4];
        using var start = new Barrier(results.Length);
        Thread[] threads = Enumerable.Range(0, results.Length).Select(i => new Thread(() =>
        {
            start.SignalAndWait();
            results[i] = LazySlots.GetOrCompute(slots, 0, slots, 0, static (_, _) => new object());
        })).ToArray();
        Array.ForEach(threads, t => t.Start());
        Array.ForEach(threads, t => t.Join());

        Assert.All(results, r => Assert.Same(slots[0], r));
    }
}
