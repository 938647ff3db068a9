namespace WorkPlan.Documents.Rendering.ViewModel;

/// <summary>The signature block (ô số 7): authority lines, the signer's title and name.</summary>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed class SignatureView
{
    internal SignatureView(IReadOnlyList<string> authorityLines, string signerTitle, string signerName)
    {
        AuthorityLines = authorityLines;
        SignerTitle = signerTitle;
        SignerName = signerName;
    }

    /// <summary>Gets the authority lines, "KT. CHÁNH VĂN PHÒNG"; may be empty (<c>authority_lines</c>).</summary>
    public IReadOnlyList<string> AuthorityLines { get; }

    /// <summary>Gets the signer's title, "PHÓ CHÁNH VĂN PHÒNG" (<c>signer_title</c>).</summary>
    public string SignerTitle { get; }

    /// <summary>Gets the signer's name, "Nguyễn Văn A" (<c>signer_name</c>).</summary>
    public string SignerName { get; }
}
