using WorkPlan.Documents.Text;
using WorkPlan.Documents.Utility;

namespace WorkPlan.Documents.Model;

/// <summary>
/// The "Nơi nhận" block (ô số 9b): the recipients, then the closing "Lưu: VT, …" line naming who keeps copies.
/// </summary>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed class RecipientList
{
    /// <summary>Creates the block.</summary>
    /// <param name="recipients">The recipients in order.</param>
    /// <param name="archive">Who keeps copies (lưu), e.g. "VT" (văn thư) and the drafting unit; empty for "Lưu: VT".</param>
    /// <exception cref="ArgumentException">A line is empty or holds characters XML cannot carry.</exception>
    /// <exception cref="ProgrammeLimitException">There are more recipients than <see cref="ProgrammeLimits.MaxRecipients"/> or archive holders than <see cref="ProgrammeLimits.MaxLines"/>, or a holder is too long.</exception>
    public RecipientList(IEnumerable<Recipient>? recipients, IEnumerable<string>? archive = null)
    {
        Recipients = Preconditions.Items(recipients, "recipients.lines");
        LimitCheck.Count(Recipients.Count, ProgrammeLimits.MaxRecipients, nameof(ProgrammeLimits.MaxRecipients), "recipients.lines", "recipients.lines", "recipients");
        IReadOnlyList<string> holders = LimitCheck.Lines(
            XmlSafeText.NormalizeLines(archive, "recipients.archive", required: false), "recipients.archive", ProgrammeLimits.MaxLines, nameof(ProgrammeLimits.MaxLines));
        // A fresh list rather than a shared static one: Empty is built by the type initialiser, which would see a
        // static declared after it still null (and Lưu: would be written with no holder).
        Archive = holders.Count == 0 ? Array.AsReadOnly(new[] { OfficeArchive }) : holders;
    }

    /// <summary>Gets an empty block whose archive line is "Lưu: VT".</summary>
    public static RecipientList Empty { get; } = new(null);

    /// <summary>Gets the recipients in order.</summary>
    public IReadOnlyList<Recipient> Recipients { get; }

    /// <summary>Gets who keeps copies, "VT" first by convention.</summary>
    public IReadOnlyList<string> Archive { get; }

    /// <summary>Gets the archive line as ND30 writes it: "Lưu: VT, VPĐP.".</summary>
    public string ArchiveLine => "Lưu: " + string.Join(", ", Archive) + ".";

    /// <summary>The holder of every document's copy: the văn thư (clerical office).</summary>
    private const string OfficeArchive = "VT";
}
