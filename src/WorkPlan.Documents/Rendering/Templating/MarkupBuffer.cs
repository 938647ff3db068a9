using System.Buffers;
using Scriban.Runtime;

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
    private char[] chars;

    /// <summary>Rents a buffer.</summary>
    /// <param name="capacity">The expected length of the text.</param>
    public MarkupBuffer(int capacity)
    {
        chars = ArrayPool<char>.Shared.Rent(Math.Max(capacity, 1024));
    }

    /// <summary>Gets the length of the text written.</summary>
    public int Length { get; private set; }

    public void Write(string text, int offset, int count)
    {
        Reserve(count);
        text.CopyTo(offset, chars, Length, count);
        Length += count;
    }

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return default;
    }

    public void Insert(int index, string text)
    {
        Reserve(text.Length);
        Array.Copy(chars, index, chars, index + text.Length, Length - index);
        text.CopyTo(0, chars, index, text.Length);
        Length += text.Length;
    }

    /// <summary>Returns the text written.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => new(chars, 0, Length);

    /// <summary>
    /// Opens a reader over the text written so far, without copying it: the markup reader reads the render's markup
    /// straight from this buffer (a string of it would be a large-object-heap allocation per render). The reader
    /// must not outlive the buffer.
    /// </summary>
    /// <returns>A reader over the text.</returns>
    public TextReader OpenReader() => new BufferReader(this);

    /// <summary>Returns the buffer to the pool.</summary>
    public void Dispose()
    {
        char[] rented = chars;
        chars = [];
        Length = 0;
        if (rented.Length > 0)
        {
            ArrayPool<char>.Shared.Return(rented);
        }
    }

    private void Reserve(int count)
    {
        if (chars.Length - Length >= count)
        {
            return;
        }

        char[] larger = ArrayPool<char>.Shared.Rent(Math.Max(chars.Length * 2, Length + count));
        Array.Copy(chars, larger, Length);
        ArrayPool<char>.Shared.Return(chars);
        chars = larger;
    }

    /// <summary>Reads the buffer's text, from its start to its length when the reader was opened.</summary>
    private sealed class BufferReader(MarkupBuffer buffer) : TextReader
    {
        private readonly int end = buffer.Length;
        private int position;

        public override int Peek() => position < end ? buffer.chars[position] : -1;

        public override int Read() => position < end ? buffer.chars[position++] : -1;

        public override int Read(char[] destination, int index, int count)
        {
            int n = Math.Min(count, end - position);
            if (n <= 0)
            {
                return 0;
            }

            Array.Copy(buffer.chars, position, destination, index, n);
            position += n;
            return n;
        }
    }
}
