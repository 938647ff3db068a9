namespace WorkPlan.Documents.Import;

/// <summary>What a source line was read as; see <see cref="SourceLine"/>.</summary>
public enum SourceLineKind
{
    /// <summary>An empty line (or a table row whose cells are all empty).</summary>
    Blank = 0,

    /// <summary>The place and date line, "Hà Tĩnh, ngày 7 tháng 5 năm 2021".</summary>
    PlaceAndDate = 1,

    /// <summary>The title, "CHƯƠNG TRÌNH CÔNG TÁC THÁNG 5 NĂM 2021".</summary>
    Title = 2,

    /// <summary>The number and symbol line, "Số: 05/CTr-VPĐP".</summary>
    NumberAndSymbol = 3,

    /// <summary>The national name or motto ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"), which every document carries.</summary>
    NationalHeading = 4,

    /// <summary>A numbered section heading, "1. Các công việc cần tập trung cao:".</summary>
    SectionHeading = 5,

    /// <summary>A focus task of section 1, "- Tiếp thu, …".</summary>
    FocusTask = 6,

    /// <summary>The column header row of the schedule table.</summary>
    ColumnHeader = 7,

    /// <summary>A row of the schedule table; <see cref="SourceLine.Parts"/> says what it holds.</summary>
    ScheduleRow = 8,

    /// <summary>The "Nơi nhận:" line.</summary>
    RecipientsHeading = 9,

    /// <summary>A recipient line, "- UBND tỉnh;".</summary>
    Recipient = 10,

    /// <summary>The archive line, "- Lưu: VT.".</summary>
    Archive = 11,

    /// <summary>A line that could not be placed; a diagnostic of severity error or warning carries its number and text.</summary>
    NotPlaced = 12,

    /// <summary>A line of the issuing agency (tên cơ quan, tổ chức chủ quản and ban hành), read from a .docx header block.</summary>
    Agency = 13,

    /// <summary>The trích yếu under the tên loại, "Công tác tháng 5 năm 2021", read from a .docx.</summary>
    Abstract = 14,

    /// <summary>A part of an annex holding the schedule ("Phụ lục", its title, "(Kèm theo …)", "Chi tiết tại Phụ lục kèm theo."), read from a .docx.</summary>
    Annex = 15,

    /// <summary>A line of the signature block (authority, signer's title and name), read from a .docx.</summary>
    Signature = 16,
}
