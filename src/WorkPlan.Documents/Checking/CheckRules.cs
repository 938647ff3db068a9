namespace WorkPlan.Documents.Checking;

/// <summary>The rules of <see cref="ProgrammeChecker"/>, by id.</summary>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public static class CheckRules
{
    /// <summary>WP001: a weekday written in the source disagrees with the date (error).</summary>
    public static CheckRule WeekdayMismatch { get; } = new(
        "WP001", nameof(WeekdayMismatch), FindingSeverity.Error,
        "The weekday written in the source (\"Thứ 4\") is not the weekday of the day's date.");

    /// <summary>WP002: a person is the only leader of two entries that overlap in time (warning).</summary>
    public static CheckRule LeaderDoubleBooked { get; } = new(
        "WP002", nameof(LeaderDoubleBooked), FindingSeverity.Warning,
        "A person is the only leader listed on two entries that overlap in time (same session, one lasting all day, or the same start time), so cannot attend both.");

    /// <summary>WP003: entries that overlap through an all-day entry or a shared start time share leaders, but someone is left free (information).</summary>
    public static CheckRule SharedLeadersOverlap { get; } = new(
        "WP003", nameof(SharedLeadersOverlap), FindingSeverity.Information,
        "Two entries overlap because one lasts all day or both start at the same time, and their leader lists share people; each entry still has someone free to attend. Leaders sharing ordinary tasks within one session are not reported.");

    /// <summary>WP004: a person's name is probably written two ways (warning).</summary>
    public static CheckRule PersonNameVariant { get; } = new(
        "WP004", nameof(PersonNameVariant), FindingSeverity.Warning,
        "A leader's name differs from a more frequent spelling only in diacritics, case or spacing (\"Dục\"/\"Dực\"), so it is probably the same person; the most frequent spelling is suggested.");

    /// <summary>WP005: a unit's name is probably written two ways (warning).</summary>
    public static CheckRule UnitNameVariant { get; } = new(
        "WP005", nameof(UnitNameVariant), FindingSeverity.Warning,
        "A preparing unit differs from a more frequent spelling only in diacritics, case, spacing or a leading \"Phòng\" (\"Phòng KHN VG S\", \"KHNVGS\" / \"Phòng KHNVGS\"); the most frequent spelling is suggested.");

    /// <summary>WP006: work is scheduled on a holiday or weekend (information).</summary>
    public static CheckRule WorkOnDayOff { get; } = new(
        "WP006", nameof(WorkOnDayOff), FindingSeverity.Information,
        "Entries are scheduled on a weekly rest day or a holiday.");

    /// <summary>WP007: a working day has nothing scheduled (information).</summary>
    public static CheckRule EmptyWorkingDay { get; } = new(
        "WP007", nameof(EmptyWorkingDay), FindingSeverity.Information,
        "A working day of the period has no entries, or is missing from the schedule.");

    /// <summary>WP008: the symbol is not of the form the document kind takes, "CTr-…" for a programme or "TB-…" for a notice (error).</summary>
    public static CheckRule SymbolForm { get; } = new(
        "WP008", nameof(SymbolForm), FindingSeverity.Error,
        "The symbol (ký hiệu) starts with the abbreviation of the document kind, then a hyphen and the issuing agency's abbreviation: \"CTr-VPĐP\" for a work programme, \"TB-VPĐP\" for a notice (Nghị định 30, Phụ lục III). A work schedule's symbol is not checked: no abbreviation is standardised for it.");

    /// <summary>WP009: the issue date is later than the first week of the period, or more than a month before it (warning).</summary>
    public static CheckRule IssueDateOutOfRange { get; } = new(
        "WP009", nameof(IssueDateOutOfRange), FindingSeverity.Warning,
        "The issue date is later than the first week of the period (its first seven days) or more than a month before the period starts.");

    /// <summary>WP010: a header value is still a blank of the ND30 form, as a scaffold leaves it (error).</summary>
    public static CheckRule FormBlankLeft { get; } = new(
        "WP010", nameof(FormBlankLeft), FindingSeverity.Error,
        "A header value (agency, abbreviation, place, signer) is still the blank of the Nghị định 30 form (\"TÊN CƠ QUAN, TỔ CHỨC\", \"Họ và tên\"…) that a scaffold leaves for the office to fill in.");

    /// <summary>WP011: a field holds characters that cannot be seen (zero-width space, joiners, byte order mark…) (warning).</summary>
    public static CheckRule InvisibleCharacters { get; } = new(
        "WP011", nameof(InvisibleCharacters), FindingSeverity.Warning,
        "A field holds characters that cannot be seen (format characters such as the zero-width space U+200B, the joiners U+200C and U+200D, the byte order mark U+FEFF, bidirectional marks, soft hyphens, fillers), usually pasted along with the text: they make equal names differ and search fail, and Word shows nothing for them.");

    /// <summary>WP012: the day classifier cannot classify a year of the period, so holidays were not checked there (information).</summary>
    public static CheckRule HolidaysNotChecked { get; } = new(
        "WP012", nameof(HolidaysNotChecked), FindingSeverity.Information,
        "The holiday calendar does not cover a year of the period (it covers 2014 to 2199), so the days of that year missing from the schedule were judged by weekends alone: holidays could not be checked.");

    /// <summary>WP013: a leader's name starts with an honorific while the honorific is also given, so it prints twice ("Đ/c Đ/c Oánh") (information).</summary>
    public static CheckRule HonorificInName { get; } = new(
        "WP013", nameof(HonorificInName), FindingSeverity.Information,
        "A leader's name starts with an honorific (\"Đ/c Oánh\") while the honorific is also given, so the document prints it twice (\"Đ/c Đ/c Oánh\"): keep the honorific apart from the name.");

    /// <summary>Gets every rule in id order.</summary>
    public static IReadOnlyList<CheckRule> All { get; } = new[]
    {
        WeekdayMismatch, LeaderDoubleBooked, SharedLeadersOverlap, PersonNameVariant, UnitNameVariant,
        WorkOnDayOff, EmptyWorkingDay, SymbolForm, IssueDateOutOfRange, FormBlankLeft, InvisibleCharacters,
        HolidaysNotChecked, HonorificInName,
    };
}
