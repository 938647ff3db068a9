using System.Buffers;
using WorkPlan.Documents.Utility;

namespace WorkPlan.Documents.Rendering.Output;

/// <summary>
/// A write-only, seekable, growable in-memory stream over an array rented from <see cref="ArrayPool{T}.Shared"/>
/// (seekable because a zip archive goes back to fill in each entry's sizes): a render
/// writes its whole document here first, so the caller's stream receives either the complete document or nothing.
/// </summary>
/// <remarks>
/// Why not a <see cref="MemoryStream"/>: an HTML page (about 90 KB for the seed) and a string of it each land on the
/// large-object heap, which only a full collection reclaims; renders back to back then pay for full collections.
/// A pooled buffer is reused from render to render.
/// </remarks>
/// <threadsafety>Not thread-safe; one per render.</threadsafety>
internal sealed class PooledBuffer : Stream
{
    // Not readonly: PooledArray is a mutable struct. Its Length is this stream's length.
    private PooledArray<byte> bytes;
    private int position;

    /// <summary>Rents the first array.</summary>
    /// <param name="capacity">The expected size in bytes.</param>
    public PooledBuffer(int capacity) => bytes = new PooledArray<byte>(Math.Max(capacity, 4096));

    /// <inheritdoc/>
    public override bool CanRead => false;

    /// <inheritdoc/>
    public override bool CanSeek => true;

    /// <inheritdoc/>
    public override bool CanWrite => true;

    /// <inheritdoc/>
    public override long Length => bytes.Length;

    /// <inheritdoc/>
    public override long Position
    {
        get => position;
        set => position = value >= 0 && value <= bytes.Length
            ? (int)value
            : throw new ArgumentOutOfRangeException(nameof(value), value, "The position must lie within what was written.");
    }

    /// <summary>Gets the bytes written so far.</summary>
    public ArraySegment<byte> Written => bytes.Written;

    /// <inheritdoc/>
    public override void Write(byte[] buffer, int offset, int count)
    {
        bytes.EnsureCapacity(position + count);
        Buffer.BlockCopy(buffer, offset, bytes.Array, position, count);
        position += count;
        bytes.Length = Math.Max(bytes.Length, position);
    }

    /// <inheritdoc/>
    public override void WriteByte(byte value) => Write([value], 0, 1);

    /// <summary>Copies the bytes written into a new array.</summary>
    /// <returns>The array.</returns>
    public byte[] ToArray() => bytes.ToArray();

    /// <inheritdoc/>
    public override void Flush()
    {
    }

    /// <inheritdoc/>
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    /// <inheritdoc/>
    public override long Seek(long offset, SeekOrigin origin)
    {
        Position = origin switch
        {
            SeekOrigin.Begin => offset,
            SeekOrigin.Current => position + offset,
            _ => bytes.Length + offset,
        };
        return position;
    }

    /// <inheritdoc/>
    public override void SetLength(long value) => throw new NotSupportedException();

    /// <summary>Returns the array to the pool.</summary>
    /// <param name="disposing">Whether called from <see cref="Stream.Dispose()"/>.</param>
    protected override void Dispose(bool disposing)
    {
        bytes.Return();
        position = 0;
        base.Dispose(disposing);
    }
}
