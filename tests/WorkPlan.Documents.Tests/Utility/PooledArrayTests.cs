using WorkPlan.Documents.Utility;

namespace WorkPlan.Documents.Tests.Utility;

public class PooledArrayTests
{
    [Fact]
    public void Rents_at_least_the_capacity_asked_for()
    {
        var array = new PooledArray<byte>(100);
        Assert.True(array.Capacity >= 100);
        Assert.Same(array.Array, array.Array);
        Assert.Equal(0, array.Length);
        array.Return();
    }

    [Fact]
    public void Growing_keeps_the_elements_in_use()
    {
        var array = new PooledArray<char>(16);
        int first = array.Capacity;
        "abcdef".CopyTo(0, array.Array, 0, 6);
        array.Length = 6;

        array.Reserve(first);

        Assert.True(array.Capacity >= Math.Max(first * 2, 6 + first));
        Assert.Equal("abcdef", new string(array.Array, 0, array.Length));
        array.Return();
    }

    [Fact]
    public void Reserve_within_the_capacity_keeps_the_array()
    {
        var array = new PooledArray<byte>(64);
        byte[] before = array.Array;
        array.Length = 10;
        array.Reserve(array.Capacity - 10);
        array.EnsureCapacity(array.Capacity);
        Assert.Same(before, array.Array);
        array.Return();
    }

    [Fact]
    public void EnsureCapacity_grows_to_a_length_beyond_the_elements_in_use()
    {
        var array = new PooledArray<byte>(16);
        array.Array[0] = 7;
        array.Length = 1;
        array.EnsureCapacity(1000);
        Assert.True(array.Capacity >= 1000);
        Assert.Equal(7, array.Array[0]);
        Assert.Equal(1, array.Length);
        array.Return();
    }

    [Fact]
    public void Written_and_ToArray_hold_the_elements_in_use()
    {
        var array = new PooledArray<byte>(8);
        array.Array[0] = 1;
        array.Array[1] = 2;
        array.Length = 2;

        Assert.Equal(new byte[] { 1, 2 }, array.Written.ToArray());
        byte[] copy = array.ToArray();
        Assert.Equal(new byte[] { 1, 2 }, copy);
        Assert.NotSame(array.Array, copy);
        array.Return();
    }

    [Fact]
    public void Return_leaves_it_empty_and_twice_is_harmless()
    {
        var array = new PooledArray<byte>(8);
        array.Length = 3;
        array.Return();
        Assert.Equal(0, array.Length);
        Assert.Equal(0, array.Capacity);
        Assert.Empty(array.ToArray());
        array.Return();

        array.Reserve(5); // usable again: rents anew
        Assert.True(array.Capacity >= 5);
        array.Return();
    }

    [Fact]
    public void A_negative_capacity_is_refused()
    {
        ArgumentOutOfRangeException error = Assert.Throws<ArgumentOutOfRangeException>(() => new PooledArray<byte>(-1));
        Assert.Equal("minimumCapacity", error.ParamName);
    }
}
