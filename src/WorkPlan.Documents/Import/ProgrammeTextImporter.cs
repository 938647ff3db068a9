using System.Text;
using NodaTime;
using WorkPlan.Documents.Model;

namespace WorkPlan.Documents.Import;

/// <summary>
/// Imports a work programme typed by hand and pasted as text from a Word table (the layout of
/// seeds/000_308a2ff7bb53fc37.txt, described in <see href="https://github.com/workplan-documents/WorkPlan.Documents/blob/main/docs/import-and-check.md">docs/import-and-check.md</see>): header lines, section 1 focus tasks,
/// section 2 tab-separated schedule table, and the "Nơi nhận" block.
/// </summary>
/// <remarks>
/// <para>
/// The importer never drops a line silently: every line gets a <see cref="SourceLine"/> account, and a line (or the
/// part of one) that cannot be placed becomes an <see cref="ImportDiagnostic"/> carrying its number and text.
/// What the text lacks — agency, number, symbol, signer — comes from an <see cref="ImportHeader"/> and is marked
/// in <see cref="WorkProgramme.Assumed"/>.
/// </para>
/// <para>
/// Only a text that cannot become a programme at all raises <see cref="ProgrammeImportException"/>: an empty,
/// binary or non-UTF-8 input, a text whose month is unknown, or one with no issue date when the header gives none.
/// </para>
/// </remarks>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
public static class ProgrammeTextImporter
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Imports a programme from text.</summary>
    /// <param name="text">The pasted text.</param>
    /// <param name="header">The values the text lacks.</param>
    /// <param name="dayClassifier">Decides the status of days the text does not mark "Nghỉ lễ"; default weekends only.</param>
    /// <returns>The programme, its diagnostics and the account of every line.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> or <paramref name="header"/> is null.</exception>
    /// <exception cref="ProgrammeImportException">The text cannot become a programme (empty, binary, no month, no issue date).</exception>
    public static ImportResult Import(string text, ImportHeader header, IDayClassifier? dayClassifier = null)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        if (header is null)
        {
            throw new ArgumentNullException(nameof(header));
        }

        IReadOnlyList<string> lines = SplitLines(text);
        int nul = text.IndexOf('\0');
        if (nul >= 0)
        {
            throw new ProgrammeImportException(LineOf(text, nul), "the text contains NUL characters: it looks like a binary file (e.g. a .doc or .docx), not pasted text.");
        }

        if (lines.All(l => l.Trim().Length == 0))
        {
            throw new ProgrammeImportException(1, "the text is empty.");
        }

        var log = new ImportLog();
        var parser = new TextLayoutParser(lines, log, header.Month);
        parser.Run();
        WorkProgramme programme = ProgrammeAssembly.Build(parser, header, dayClassifier ?? WeekendDayClassifier.Instance, log);
        return new ImportResult(programme, log.ToList(), parser.Records.Select(r => r.ToSourceLine()).ToList().AsReadOnly());
    }

    /// <summary>Imports a programme from a stream of UTF-8 text (a UTF-8 or UTF-16 byte order mark is honoured).</summary>
    /// <param name="text">The stream; read to its end, not disposed.</param>
    /// <param name="header">The values the text lacks.</param>
    /// <param name="dayClassifier">Decides the status of days the text does not mark "Nghỉ lễ"; default weekends only.</param>
    /// <returns>The programme, its diagnostics and the account of every line.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ProgrammeImportException">The bytes are not text (binary, not UTF-8) or the text cannot become a programme.</exception>
    public static ImportResult ImportStream(Stream text, ImportHeader header, IDayClassifier? dayClassifier = null)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        using var buffer = new MemoryStream();
        text.CopyTo(buffer);
        return Import(Decode(buffer.ToArray()), header, dayClassifier);
    }

    /// <summary>Decodes bytes as text: UTF-16 with its byte order mark, else strict UTF-8 (with or without one).</summary>
    internal static string Decode(byte[] bytes)
    {
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            Encoding utf16 = bytes[0] == 0xFF ? new UnicodeEncoding(false, true, true) : new UnicodeEncoding(true, true, true);
            try
            {
                return utf16.GetString(bytes, 2, bytes.Length - 2);
            }
            catch (DecoderFallbackException ex)
            {
                throw new ProgrammeImportException(null, "the text starts with a UTF-16 byte order mark but is not valid UTF-16.", ex);
            }
        }

        int nul = Array.IndexOf(bytes, (byte)0);
        if (nul >= 0)
        {
            throw new ProgrammeImportException(ByteLine(bytes, nul), "the input contains NUL bytes: it looks like a binary file (e.g. a .doc or .docx), not pasted text.");
        }

        int start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        try
        {
            return StrictUtf8.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException ex)
        {
            int at = ex.Index >= 0 ? Math.Min(start + ex.Index, bytes.Length) : 0;
            throw new ProgrammeImportException(ByteLine(bytes, at), "the input is not UTF-8 text (save the pasted text as UTF-8).", ex);
        }
    }

    /// <summary>Splits at CR LF, LF or CR; a final line break does not start another line; a leading BOM is dropped.</summary>
    internal static IReadOnlyList<string> SplitLines(string text)
    {
        var lines = new List<string>();
        int start = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        int i = start;
        while (i < text.Length)
        {
            char c = text[i];
            if (c is '\n' or '\r')
            {
                lines.Add(text.Substring(start, i - start));
                i += c == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
                start = i;
            }
            else
            {
                i++;
            }
        }

        if (start < text.Length || lines.Count == 0)
        {
            lines.Add(text.Substring(start));
        }

        return lines;
    }

    private static int LineOf(string text, int index) => SplitLines(text.Substring(0, index)).Count;

    private static int ByteLine(byte[] bytes, int index)
    {
        int line = 1;
        for (int i = 0; i < index && i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                line++;
            }
        }

        return line;
    }
}
