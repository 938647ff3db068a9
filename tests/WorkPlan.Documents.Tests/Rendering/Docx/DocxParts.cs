using System.IO.Compression;
using System.Text;
using System.Xml.Linq;

namespace WorkPlan.Documents.Tests.Rendering.Docx;

/// <summary>A readable projection of a .docx for expected-output files: every part, in zip order, as indented XML.</summary>
internal static class DocxParts
{
    public static string Dump(byte[] docx)
    {
        var text = new StringBuilder();
        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        foreach (var entry in zip.Entries)
        {
            using var stream = entry.Open();
            var xml = XDocument.Load(stream, LoadOptions.PreserveWhitespace);
            text.Append("=== ").Append(entry.FullName).Append('\n');
            text.Append(xml.Root!.ToString(SaveOptions.None).Replace("\r\n", "\n", StringComparison.Ordinal)).Append('\n');
        }

        return text.ToString();
    }
}
