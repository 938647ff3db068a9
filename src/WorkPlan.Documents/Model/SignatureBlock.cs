using WorkPlan.Documents.Text;
using WorkPlan.Documents.Utility;

namespace WorkPlan.Documents.Model;

/// <summary>
/// The signature block (ô số 7): the authority lines ("TM. BAN CHỈ ĐẠO", "KT. TRƯỞNG BAN"), the signer's
/// title and the signer's name.
/// </summary>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed class SignatureBlock
{
    /// <summary>Creates a signature block.</summary>
    /// <param name="authorityLines">The authority lines (quyền hạn), possibly none when the head signs in their own name.</param>
    /// <param name="signerTitle">The signer's position (chức vụ), e.g. "PHÓ CHÁNH VĂN PHÒNG".</param>
    /// <param name="signerName">The signer's full name, e.g. "Nguyễn Văn A".</param>
    /// <exception cref="ArgumentException">The title or name is empty, or a text holds characters XML cannot carry.</exception>
    /// <exception cref="ProgrammeLimitException">There are more authority lines than <see cref="ProgrammeLimits.MaxLines"/>, or a text is longer than <see cref="ProgrammeLimits.MaxTextLength"/>.</exception>
    public SignatureBlock(IEnumerable<string>? authorityLines, string signerTitle, string signerName)
    {
        AuthorityLines = LimitCheck.Lines(
            XmlSafeText.NormalizeLines(authorityLines, "signature.authorityLines", required: false), "signature.authorityLines", ProgrammeLimits.MaxLines, nameof(ProgrammeLimits.MaxLines));
        SignerTitle = LimitCheck.Text(XmlSafeText.NormalizeRequired(signerTitle, "signature.signerTitle"), "signature.signerTitle");
        SignerName = LimitCheck.Text(XmlSafeText.NormalizeRequired(signerName, "signature.signerName"), "signature.signerName");
    }

    /// <summary>Gets the authority lines, e.g. "TM. BAN CHỈ ĐẠO", "KT. TRƯỞNG BAN".</summary>
    public IReadOnlyList<string> AuthorityLines { get; }

    /// <summary>Gets the signer's position.</summary>
    public string SignerTitle { get; }

    /// <summary>Gets the signer's full name.</summary>
    public string SignerName { get; }
}
