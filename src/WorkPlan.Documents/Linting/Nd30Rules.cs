using WorkPlan.Documents.Checking;

namespace WorkPlan.Documents.Linting;

/// <summary>
/// The rules of <see cref="Nd30Linter"/>, by id: the formatting rules of Nghị định 30/2020/NĐ-CP, Phụ lục I, that can
/// be read from a .docx. Ids are stable: a rule never changes meaning, a retired id is not reused.
/// </summary>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public static class Nd30Rules
{
    /// <summary>ND30-01: Every section is on A4 paper, 210 mm × 297 mm. (error)</summary>
    public static Nd30Rule PaperSize { get; } = new(
        "ND30-01", nameof(PaperSize), FindingSeverity.Error, "Phụ lục I, Phần I, mục I.1",
        "Every section is on A4 paper, 210 mm × 297 mm.");

    /// <summary>ND30-02: A section is portrait (along the length of the A4 sheet); landscape only for a section whose content includes tables. (warning)</summary>
    public static Nd30Rule Orientation { get; } = new(
        "ND30-02", nameof(Orientation), FindingSeverity.Warning, "Phụ lục I, Phần I, mục I.2",
        "A section is portrait (along the length of the A4 sheet); landscape only for a section whose content includes tables.");

    /// <summary>ND30-03: Margins: top and bottom 20–25 mm, left 30–35 mm (gutter included), right 15–20 mm. (error)</summary>
    public static Nd30Rule Margins { get; } = new(
        "ND30-03", nameof(Margins), FindingSeverity.Error, "Phụ lục I, Phần I, mục I.3",
        "Margins: top and bottom 20–25 mm, left 30–35 mm (gutter included), right 15–20 mm.");

    /// <summary>ND30-04: Every run that carries text is in Times New Roman, in every font slot that shows it (ASCII, high-ANSI, complex script; East Asian where the run uses it). (error)</summary>
    public static Nd30Rule Font { get; } = new(
        "ND30-04", nameof(Font), FindingSeverity.Error, "Phụ lục I, Phần I, mục I.4",
        "Every run that carries text is in Times New Roman, in every font slot that shows it (ASCII, high-ANSI, complex script; East Asian where the run uses it).");

    /// <summary>ND30-05: Text is black (automatic or #000000). (error)</summary>
    public static Nd30Rule FontColour { get; } = new(
        "ND30-05", nameof(FontColour), FindingSeverity.Error, "Phụ lục I, Phần I, mục I.4",
        "Text is black (automatic or #000000).");

    /// <summary>ND30-06: A document of more than one page numbers its pages (a PAGE field in the header). (warning)</summary>
    public static Nd30Rule PageNumberMissing { get; } = new(
        "ND30-06", nameof(PageNumberMissing), FindingSeverity.Warning, "Phụ lục I, Phần I, mục I.7",
        "A document of more than one page numbers its pages (a PAGE field in the header).");

    /// <summary>ND30-07: The page number is centred in the top margin: a centred paragraph of a header, not a footer. (error)</summary>
    public static Nd30Rule PageNumberPosition { get; } = new(
        "ND30-07", nameof(PageNumberPosition), FindingSeverity.Error, "Phụ lục I, Phần I, mục I.7",
        "The page number is centred in the top margin: a centred paragraph of a header, not a footer.");

    /// <summary>ND30-08: The first page shows no page number (a different first page, w:titlePg, whose header has no PAGE field). (error)</summary>
    public static Nd30Rule PageNumberOnFirstPage { get; } = new(
        "ND30-08", nameof(PageNumberOnFirstPage), FindingSeverity.Error, "Phụ lục I, Phần I, mục I.7",
        "The first page shows no page number (a different first page, w:titlePg, whose header has no PAGE field).");

    /// <summary>ND30-09: The page number is in Arabic digits, 13–14 pt, upright. (error)</summary>
    public static Nd30Rule PageNumberFormat { get; } = new(
        "ND30-09", nameof(PageNumberFormat), FindingSeverity.Error, "Phụ lục I, Phần I, mục I.7",
        "The page number is in Arabic digits, 13–14 pt, upright.");

    /// <summary>ND30-10: The Quốc hiệu "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" is present, in capitals, 12–13 pt, upright, bold. (error)</summary>
    public static Nd30Rule NationalName { get; } = new(
        "ND30-10", nameof(NationalName), FindingSeverity.Error, "Phụ lục I, Phần I, mục II.1.a",
        "The Quốc hiệu \"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\" is present, in capitals, 12–13 pt, upright, bold.");

    /// <summary>ND30-11: The Tiêu ngữ "Độc lập - Tự do - Hạnh phúc" is present under the Quốc hiệu, 13–14 pt, upright, bold, the phrases joined by spaced hyphens. (error)</summary>
    public static Nd30Rule Motto { get; } = new(
        "ND30-11", nameof(Motto), FindingSeverity.Error, "Phụ lục I, Phần I, mục II.1.b",
        "The Tiêu ngữ \"Độc lập - Tự do - Hạnh phúc\" is present under the Quốc hiệu, 13–14 pt, upright, bold, the phrases joined by spaced hyphens.");

    /// <summary>ND30-12: A solid horizontal line is drawn under the Tiêu ngữ. (error)</summary>
    public static Nd30Rule MottoRule { get; } = new(
        "ND30-12", nameof(MottoRule), FindingSeverity.Error, "Phụ lục I, Phần I, mục II.1.b",
        "A solid horizontal line is drawn under the Tiêu ngữ.");

    /// <summary>ND30-13: The header is two columns: the agency name and "Số:" on the left, the Quốc hiệu, Tiêu ngữ and the place and date on the right, "Số:" on the same row as the place and date. (error)</summary>
    public static Nd30Rule HeaderLayout { get; } = new(
        "ND30-13", nameof(HeaderLayout), FindingSeverity.Error, "Phụ lục I, Phần I, mục II.1.a, II.3.c, II.4.c và mục IV",
        "The header is two columns: the agency name and \"Số:\" on the left, the Quốc hiệu, Tiêu ngữ and the place and date on the right, \"Số:\" on the same row as the place and date.");

    /// <summary>ND30-14: The agency lines are capitals, 12–13 pt, upright; the issuing agency's name is bold. (error)</summary>
    public static Nd30Rule AgencyName { get; } = new(
        "ND30-14", nameof(AgencyName), FindingSeverity.Error, "Phụ lục I, Phần I, mục II.2.b",
        "The agency lines are capitals, 12–13 pt, upright; the issuing agency's name is bold.");

    /// <summary>ND30-15: A solid horizontal line is drawn under the issuing agency's name. (error)</summary>
    public static Nd30Rule AgencyRule { get; } = new(
        "ND30-15", nameof(AgencyRule), FindingSeverity.Error, "Phụ lục I, Phần I, mục II.2.b",
        "A solid horizontal line is drawn under the issuing agency's name.");

    /// <summary>ND30-16: The "Số:" line is 13 pt, upright, with a colon after "Số", a number below 10 written with a leading 0, and no spaces around "/" and "-" in the symbol. (error)</summary>
    public static Nd30Rule DocumentNumber { get; } = new(
        "ND30-16", nameof(DocumentNumber), FindingSeverity.Error, "Phụ lục I, Phần I, mục II.3.c",
        "The \"Số:\" line is 13 pt, upright, with a colon after \"Số\", a number below 10 written with a leading 0, and no spaces around \"/\" and \"-\" in the symbol.");

    /// <summary>ND30-17: The place and date line is 13–14 pt, italic, with a comma after the place name. (error)</summary>
    public static Nd30Rule PlaceDate { get; } = new(
        "ND30-17", nameof(PlaceDate), FindingSeverity.Error, "Phụ lục I, Phần I, mục II.4.c",
        "The place and date line is 13–14 pt, italic, with a comma after the place name.");

    /// <summary>ND30-18: In the date, days 1–9 and the months 1 and 2 are written with a leading 0 ("ngày 05 tháng 01"). (error)</summary>
    public static Nd30Rule DatePadding { get; } = new(
        "ND30-18", nameof(DatePadding), FindingSeverity.Error, "Phụ lục I, Phần I, mục II.4.b",
        "In the date, days 1–9 and the months 1 and 2 are written with a leading 0 (\"ngày 05 tháng 01\").");

    /// <summary>ND30-19: The tên loại ("CHƯƠNG TRÌNH", "KẾ HOẠCH"…) is centred, capitals, 13–14 pt, upright, bold. (error)</summary>
    public static Nd30Rule DocumentType { get; } = new(
        "ND30-19", nameof(DocumentType), FindingSeverity.Error, "Phụ lục I, Phần I, mục II.5.b",
        "The tên loại (\"CHƯƠNG TRÌNH\", \"KẾ HOẠCH\"…) is centred, capitals, 13–14 pt, upright, bold.");

    /// <summary>ND30-20: The trích yếu under the tên loại is centred, 13–14 pt, upright, bold. (error)</summary>
    public static Nd30Rule Abstract { get; } = new(
        "ND30-20", nameof(Abstract), FindingSeverity.Error, "Phụ lục I, Phần I, mục II.5.b",
        "The trích yếu under the tên loại is centred, 13–14 pt, upright, bold.");

    /// <summary>ND30-21: A solid horizontal line is drawn under the trích yếu. (error)</summary>
    public static Nd30Rule AbstractRule { get; } = new(
        "ND30-21", nameof(AbstractRule), FindingSeverity.Error, "Phụ lục I, Phần I, mục II.5.b",
        "A solid horizontal line is drawn under the trích yếu.");

    /// <summary>ND30-22: The body text (paragraphs outside tables between the trích yếu and the signature) is 13–14 pt. (error)</summary>
    public static Nd30Rule BodyText { get; } = new(
        "ND30-22", nameof(BodyText), FindingSeverity.Error, "Phụ lục I, Phần I, mục II.6.e",
        "The body text (paragraphs outside tables between the trích yếu and the signature) is 13–14 pt.");

    /// <summary>ND30-23: Body paragraphs are justified, indent their first line 1 cm or 1.27 cm, leave at least 6 pt between paragraphs and space their lines between single and 1.5 lines (headings in bold are exempt from alignment and indent). (warning)</summary>
    public static Nd30Rule BodyParagraph { get; } = new(
        "ND30-23", nameof(BodyParagraph), FindingSeverity.Warning, "Phụ lục I, Phần I, mục II.6.e",
        "Body paragraphs are justified, indent their first line 1 cm or 1.27 cm, leave at least 6 pt between paragraphs and space their lines between single and 1.5 lines (headings in bold are exempt from alignment and indent).");

    /// <summary>ND30-24: The signing authority and title lines ("KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG") are capitals, 13–14 pt, upright, bold. (error)</summary>
    public static Nd30Rule SignatureAuthority { get; } = new(
        "ND30-24", nameof(SignatureAuthority), FindingSeverity.Error, "Phụ lục I, Phần I, mục II.7.đ",
        "The signing authority and title lines (\"KT. CHÁNH VĂN PHÒNG\", \"PHÓ CHÁNH VĂN PHÒNG\") are capitals, 13–14 pt, upright, bold.");

    /// <summary>ND30-25: The signer's name is 13–14 pt, upright, bold. (error)</summary>
    public static Nd30Rule SignerName { get; } = new(
        "ND30-25", nameof(SignerName), FindingSeverity.Error, "Phụ lục I, Phần I, mục II.7.đ",
        "The signer's name is 13–14 pt, upright, bold.");

    /// <summary>ND30-26: "Nơi nhận:" is at the left margin, level with the first line of the signing authority, which is in the right column; a signature block is present. (error)</summary>
    public static Nd30Rule ClosingLayout { get; } = new(
        "ND30-26", nameof(ClosingLayout), FindingSeverity.Error, "Phụ lục I, Phần I, mục II.9.d và mục IV",
        "\"Nơi nhận:\" is at the left margin, level with the first line of the signing authority, which is in the right column; a signature block is present.");

    /// <summary>ND30-27: "Nơi nhận:" is 12 pt, italic, bold, followed by a colon. (error)</summary>
    public static Nd30Rule RecipientsLabel { get; } = new(
        "ND30-27", nameof(RecipientsLabel), FindingSeverity.Error, "Phụ lục I, Phần I, mục II.9.d",
        "\"Nơi nhận:\" is 12 pt, italic, bold, followed by a colon.");

    /// <summary>ND30-28: The recipients listed under "Nơi nhận:" are 11 pt, upright. (error)</summary>
    public static Nd30Rule RecipientsList { get; } = new(
        "ND30-28", nameof(RecipientsList), FindingSeverity.Error, "Phụ lục I, Phần I, mục II.9.d",
        "The recipients listed under \"Nơi nhận:\" are 11 pt, upright.");

    /// <summary>ND30-29: Each recipient line starts with "-" and ends with ";"; the last is the "Lưu" line ("- Lưu: VT, …"), ending with ".". (warning)</summary>
    public static Nd30Rule RecipientsPunctuation { get; } = new(
        "ND30-29", nameof(RecipientsPunctuation), FindingSeverity.Warning, "Phụ lục I, Phần I, mục II.9.d",
        "Each recipient line starts with \"-\" and ends with \";\"; the last is the \"Lưu\" line (\"- Lưu: VT, …\"), ending with \".\".");

    /// <summary>Gets every rule, in id order.</summary>
    public static IReadOnlyList<Nd30Rule> All { get; } =
    [
        PaperSize,
        Orientation,
        Margins,
        Font,
        FontColour,
        PageNumberMissing,
        PageNumberPosition,
        PageNumberOnFirstPage,
        PageNumberFormat,
        NationalName,
        Motto,
        MottoRule,
        HeaderLayout,
        AgencyName,
        AgencyRule,
        DocumentNumber,
        PlaceDate,
        DatePadding,
        DocumentType,
        Abstract,
        AbstractRule,
        BodyText,
        BodyParagraph,
        SignatureAuthority,
        SignerName,
        ClosingLayout,
        RecipientsLabel,
        RecipientsList,
        RecipientsPunctuation,
    ];
}
