using System.Text;

namespace WorkPlan.Documents.Benchmarks.Pipeline;

/// <summary>
/// The one in-memory destination every writer in a benchmark writes to, emptied before each operation and kept
/// (1 MiB reserved, grown once on the first operation), so no writer is charged for growing its output buffer and
/// none gets an advantage from it.
/// </summary>
internal sealed class MemoryOutput : IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public MemoryOutput()
    {
        Stream = new MemoryStream(capacity: 1 << 20);
        Text = new StreamWriter(Stream, Utf8, bufferSize: 16 * 1024, leaveOpen: true);
    }

    /// <summary>Gets the stream; call <see cref="Reset"/> first.</summary>
    public MemoryStream Stream { get; }

    /// <summary>Gets a UTF-8 writer over <see cref="Stream"/>; flush it after writing.</summary>
    public StreamWriter Text { get; }

    /// <summary>Empties the stream for the next operation and returns it.</summary>
    /// <returns>The stream, at position 0, length 0.</returns>
    public MemoryStream Reset()
    {
        Stream.SetLength(0);
        return Stream;
    }

    public void Dispose()
    {
        Text.Dispose();
        Stream.Dispose();
    }
}
