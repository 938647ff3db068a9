namespace WorkPlan.Documents.Rendering.ViewModel;

/// <summary>
/// The header block (ô số 1–4 of Nghị định 30): agency lines on the left with the number line under them;
/// quốc hiệu, tiêu ngữ and the place-date line on the right.
/// </summary>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed class HeaderView
{
    internal HeaderView(
        IReadOnlyList<string> parentAgencyLines,
        IReadOnlyList<string> agencyNameLines,
        string agencyAbbreviation,
        string numberLine,
        bool isDraft,
        string placeDateLine,
        string issueDate)
    {
        ParentAgencyLines = parentAgencyLines;
        AgencyNameLines = agencyNameLines;
        AgencyAbbreviation = agencyAbbreviation;
        NumberLine = numberLine;
        IsDraft = isDraft;
        PlaceDateLine = placeDateLine;
        IssueDate = issueDate;
    }

    /// <summary>Gets the parent agency's name (cơ quan chủ quản) line by line; may be empty (<c>parent_agency_lines</c>).</summary>
    public IReadOnlyList<string> ParentAgencyLines { get; }

    /// <summary>Gets the issuing agency's name line by line; never empty (<c>agency_name_lines</c>).</summary>
    public IReadOnlyList<string> AgencyNameLines { get; }

    /// <summary>Gets the agency's abbreviation, e.g. "VPĐP" (<c>agency_abbreviation</c>).</summary>
    public string AgencyAbbreviation { get; }

    /// <summary>Gets the national name (quốc hiệu), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" (<c>national_name</c>).</summary>
    public string NationalName { get; } = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";

    /// <summary>Gets the motto (tiêu ngữ), "Độc lập - Tự do - Hạnh phúc" (<c>motto</c>).</summary>
    public string Motto { get; } = "Độc lập - Tự do - Hạnh phúc";

    /// <summary>
    /// Gets the number line, "Số: 05/CTr-VPĐP", or "Số:      /CTr-VPĐP" for a draft, whose spaces must be preserved
    /// (<c>number_line</c>).
    /// </summary>
    public string NumberLine { get; }

    /// <summary>Gets a value indicating whether the document has no number yet (<c>is_draft</c>).</summary>
    public bool IsDraft { get; }

    /// <summary>Gets the place and date line, "Hà Tĩnh, ngày 07 tháng 5 năm 2021" (<c>place_date_line</c>).</summary>
    public string PlaceDateLine { get; }

    /// <summary>Gets the issue date in short form, "07/5/2021" (<c>issue_date</c>).</summary>
    public string IssueDate { get; }
}
