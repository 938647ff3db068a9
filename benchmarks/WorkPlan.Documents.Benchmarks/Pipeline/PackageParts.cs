using System.IO.Compression;

namespace WorkPlan.Documents.Benchmarks.Pipeline;

/// <summary>
/// The finished parts of a .docx, unpacked once, to time the bare zip/deflate step alone: the same entries, order,
/// timestamps and compression level the writers use, nothing else.
/// </summary>
internal sealed class PackageParts
{
    private static readonly DateTimeOffset EntryTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly List<(string Name, byte[] Bytes)> parts = [];

    public PackageParts(byte[] docx)
    {
        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        foreach (ZipArchiveEntry entry in zip.Entries)
        {
            using Stream stream = entry.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            parts.Add((entry.FullName, copy.ToArray()));
        }
    }

    /// <summary>Gets the uncompressed size of all parts.</summary>
    public long UncompressedBytes => parts.Sum(p => (long)p.Bytes.Length);

    /// <summary>Zips the parts into <paramref name="output"/> with optimal deflate.</summary>
    /// <param name="output">Where the zip goes; left open.</param>
    public void Zip(Stream output)
    {
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var (name, bytes) in parts)
        {
            ZipArchiveEntry entry = zip.CreateEntry(name, CompressionLevel.Optimal);
            entry.LastWriteTime = EntryTime;
            using Stream stream = entry.Open();
            stream.Write(bytes, 0, bytes.Length);
        }
    }
}
