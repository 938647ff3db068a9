using System.Buffers;
using Scriban.Runtime;
using WorkPlan.Documents.Utility;

namespace WorkPlan.Documents.Rendering.Templating;

/// <summary>
/// The text a render writes: a character buffer rented from <see cref="ArrayPool{T}.Shared"/> and returned when the
/// render ends, so a render allocates its markup once, as the final string (a <see cref="System.Text.StringBuilder"/>
/// would allocate its chunks too, about as much again).
/// </summary>
/// <remarks>
/// Also the place where <see cref="PartialFunction"/> inserts a partial's leading indent once the partial has rendered:
/// the insertion moves the partial's text along by the indent's length.
/// </remarks>
/// <threadsafety>Not thread-safe: one instance per render.</threadsafety>
internal sealed class MarkupBuffer : IScriptOutput, IMarkupRoot, IDisposable
{
    private readonly int maxLength;

    // Not readonly: PooledArray is a mutable struct.
    private PooledArray<char> chars;

    /// <summary>Rents a buffer.</summary>
    /// <param name="capacity">The expected length of the text.</param>
    /// <param name="maxLength">The most characters the buffer takes; writing more throws <see cref="MarkupOutputLimitException"/>.</param>
    public MarkupBuffer(int capacity, int maxLength = int.MaxValue)
    {
        this.maxLength = maxLength;
        chars = new PooledArray<char>(Math.Max(Math.Min(capacity, maxLength), 1024));
    }

    /// <summary>Gets the length of the text written.</summary>
    public int Length => chars.Length;

    public void Write(string text, int offset, int count)
    {
        CheckRoom(count);
        chars.Reserve(count);
        text.CopyTo(offset, chars.Array, chars.Length, count);
        chars.Length += count;
    }

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return default;
    }

    public void Insert(int index, string text)
    {
        CheckRoom(text.Length);
        chars.Reserve(text.Length);
        char[] array = chars.Array;
        Array.Copy(array, index, array, index + text.Length, chars.Length - index);
        text.CopyTo(0, array, index, text.Length);
        chars.Length += text.Length;
    }

    /// <summary>Returns the text written.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => new(chars.Array, 0, chars.Length);

    /// <summary>
    /// Opens a reader over the text written so far, without copying it: the markup reader reads the render's markup
    /// straight from this buffer (a string of it would be a large-object-heap allocation per render). The reader
    /// must not outlive the buffer.
    /// </summary>
    /// <returns>A reader over the text.</returns>
    public TextReader OpenReader() => new BufferReader(this);

    /// <summary>Returns the buffer to the pool.</summary>
    public void Dispose() => chars.Return();

    private void CheckRoom(int count)
    {
        if (count > maxLength - chars.Length)
        {
            throw new MarkupOutputLimitException(maxLength);
        }
    }

    /// <summary>Reads the buffer's text, from its start to its length when the reader was opened.</summary>
    private sealed class BufferReader(MarkupBuffer buffer) : TextReader
    {
        private readonly int end = buffer.Length;
        private int position;

        public override int Peek() => position < end ? buffer.chars.Array[position] : -1;

        public override int Read() => position < end ? buffer.chars.Array[position++] : -1;

        public override int Read(char[] destination, int index, int count)
        {
            int n = Math.Min(count, end - position);
            if (n <= 0)
            {
                return 0;
            }

            Array.Copy(buffer.chars.Array, position, destination, index, n);
            position += n;
            return n;
        }
    }
}
