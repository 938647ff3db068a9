using WorkPlan.Documents.Rendering.Output;

namespace WorkPlan.Documents.Tests.Rendering.Output;

/// <summary>The pooled buffer the renderer writes a whole document into before the caller's stream sees a byte.</summary>
public sealed class PooledBufferTests
{
    [Fact]
    public void Grows_past_its_first_array_and_keeps_every_byte()
    {
        byte[] data = Enumerable.Range(0, 100_000).Select(i => (byte)(i * 7)).ToArray();
        using var buffer = new PooledBuffer(16);

        for (int offset = 0; offset < data.Length; offset += 997)
        {
            buffer.Write(data, offset, Math.Min(997, data.Length - offset));
        }

        Assert.Equal(data.Length, buffer.Length);
        Assert.Equal(data, buffer.ToArray());
        Assert.Equal(data, buffer.Written.ToArray());
    }

    [Fact]
    public void Seeking_back_overwrites_in_place_as_a_zip_archive_does()
    {
        using var buffer = new PooledBuffer(16);
        buffer.Write([1, 2, 3, 4, 5], 0, 5);

        buffer.Seek(1, SeekOrigin.Begin);
        buffer.Write([9, 9], 0, 2);
        buffer.Seek(0, SeekOrigin.End);
        buffer.WriteByte(6);

        Assert.Equal([1, 9, 9, 4, 5, 6], buffer.ToArray());
        Assert.Equal(6, buffer.Position);
    }

    [Fact]
    public void A_position_outside_what_was_written_is_refused()
    {
        using var buffer = new PooledBuffer(16);
        buffer.Write([1, 2], 0, 2);

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => buffer.Position = 3);

        Assert.Contains("within what was written", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => buffer.Seek(-1, SeekOrigin.Begin));
    }

    [Fact]
    public void Is_write_only()
    {
        using var buffer = new PooledBuffer(16);

        Assert.False(buffer.CanRead);
        Assert.Throws<NotSupportedException>(() => buffer.Read(new byte[1], 0, 1));
        Assert.Throws<NotSupportedException>(() => buffer.SetLength(0));
    }
}
