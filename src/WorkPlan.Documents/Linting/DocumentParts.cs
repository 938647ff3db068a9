namespace WorkPlan.Documents.Linting;

/// <summary>
/// The elements of an administrative document (thành phần thể thức) found in a body by <see cref="PartLocator"/>:
/// each is a paragraph, or null / empty when the document has none.
/// </summary>
/// <threadsafety>Built once per lint, then only read.</threadsafety>
internal sealed class DocumentParts
{
    /// <summary>Gets or sets the Quốc hiệu.</summary>
    internal DocxParagraph? NationalName { get; set; }

    /// <summary>Gets or sets the Tiêu ngữ (the same paragraph as the Quốc hiệu when a line break separates them).</summary>
    internal DocxParagraph? Motto { get; set; }

    /// <summary>Gets or sets the first line of the Tiêu ngữ within its paragraph (0 unless it shares the Quốc hiệu's).</summary>
    internal int MottoLine { get; set; }

    /// <summary>Gets the lines of the parent agency (tên cơ quan, tổ chức chủ quản).</summary>
    internal List<DocxParagraph> ParentAgency { get; } = [];

    /// <summary>Gets the lines of the issuing agency (tên cơ quan, tổ chức ban hành).</summary>
    internal List<DocxParagraph> Agency { get; } = [];

    /// <summary>Gets or sets the "Số:" line.</summary>
    internal DocxParagraph? Number { get; set; }

    /// <summary>Gets or sets the place and date line.</summary>
    internal DocxParagraph? PlaceDate { get; set; }

    /// <summary>Gets or sets the index of the last paragraph of the header block.</summary>
    internal int HeaderEnd { get; set; }

    /// <summary>Gets or sets the tên loại.</summary>
    internal DocxParagraph? DocumentType { get; set; }

    /// <summary>Gets the trích yếu's paragraphs.</summary>
    internal List<DocxParagraph> Abstract { get; } = [];

    /// <summary>Gets the body paragraphs outside tables that carry text.</summary>
    internal List<DocxParagraph> Body { get; } = [];

    /// <summary>Gets or sets the "Nơi nhận:" label.</summary>
    internal DocxParagraph? RecipientsLabel { get; set; }

    /// <summary>Gets the recipient lines under it.</summary>
    internal List<DocxParagraph> Recipients { get; } = [];

    /// <summary>Gets the signing authority and title lines (quyền hạn, chức vụ).</summary>
    internal List<DocxParagraph> Authority { get; } = [];

    /// <summary>Gets or sets the signer's name.</summary>
    internal DocxParagraph? SignerName { get; set; }
}
