namespace WorkPlan.Documents.Model;

/// <summary>
/// Header values that were not in the source but assumed (from a header file or options) when a programme
/// was imported; a reviewer confirms them before the document is issued.
/// </summary>
[Flags]
public enum AssumedFields
{
    /// <summary>Nothing was assumed.</summary>
    None = 0,

    /// <summary>The issuing agency.</summary>
    Agency = 1,

    /// <summary>The document number.</summary>
    Number = 2,

    /// <summary>The symbol (ký hiệu).</summary>
    Symbol = 4,

    /// <summary>The place name (địa danh).</summary>
    PlaceName = 8,

    /// <summary>The issue date.</summary>
    IssueDate = 16,

    /// <summary>The signature block.</summary>
    Signature = 32,

    /// <summary>The recipients block.</summary>
    Recipients = 64,
}
