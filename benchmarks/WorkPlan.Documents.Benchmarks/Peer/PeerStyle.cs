using NPOI.XWPF.UserModel;

namespace WorkPlan.Documents.Benchmarks.Peer;

/// <summary>
/// The direct formatting the peer puts on a paragraph and its runs: the values of the default stylesheet
/// (nd30.css) written by hand, the way a developer using NPOI formats each paragraph.
/// </summary>
/// <param name="Size">Font size in points.</param>
/// <param name="Bold">Bold.</param>
/// <param name="Italic">Italic.</param>
/// <param name="Caps">Capitals (text-transform: uppercase → w:caps).</param>
/// <param name="Align">Alignment.</param>
/// <param name="Before">Space before, in twips.</param>
/// <param name="After">Space after, in twips.</param>
/// <param name="FirstLine">First-line indent, in twips.</param>
/// <param name="Line">Line spacing in 240ths of a line (240 = single).</param>
/// <param name="KeepNext">Keep with the next paragraph.</param>
internal readonly record struct PeerStyle(
    int Size,
    bool Bold = false,
    bool Italic = false,
    bool Caps = false,
    ParagraphAlignment Align = ParagraphAlignment.LEFT,
    int Before = 0,
    int After = 0,
    int FirstLine = 0,
    int Line = 240,
    bool KeepNext = false)
{
    private const int Cm = 567;

    public static PeerStyle PageNumber { get; } = new(14, Align: ParagraphAlignment.CENTER);

    public static PeerStyle ParentAgency { get; } = new(12, Caps: true, Align: ParagraphAlignment.CENTER);

    public static PeerStyle AgencyName { get; } = new(12, Bold: true, Caps: true, Align: ParagraphAlignment.CENTER);

    public static PeerStyle NationalName { get; } = new(13, Bold: true, Caps: true, Align: ParagraphAlignment.CENTER);

    public static PeerStyle Motto { get; } = new(14, Bold: true, Align: ParagraphAlignment.CENTER);

    public static PeerStyle DocumentNumber { get; } = new(13, Align: ParagraphAlignment.CENTER, Before: 120);

    public static PeerStyle PlaceDate { get; } = new(14, Italic: true, Align: ParagraphAlignment.CENTER, Before: 120);

    public static PeerStyle DocumentType { get; } = new(14, Bold: true, Caps: true, Align: ParagraphAlignment.CENTER, Before: 480, KeepNext: true);

    public static PeerStyle Abstract { get; } = new(14, Bold: true, Align: ParagraphAlignment.CENTER, KeepNext: true);

    public static PeerStyle SectionHeading { get; } = new(14, Bold: true, Align: ParagraphAlignment.BOTH, Before: 120, FirstLine: Cm, Line: 276, KeepNext: true);

    public static PeerStyle FocusTask { get; } = new(14, Align: ParagraphAlignment.BOTH, Before: 120, FirstLine: Cm, Line: 276);

    public static PeerStyle ScheduleHeading { get; } = new(12, Bold: true, Align: ParagraphAlignment.CENTER, Before: 60, After: 60);

    public static PeerStyle ScheduleDay { get; } = new(12, Align: ParagraphAlignment.CENTER, Before: 40, After: 40);

    public static PeerStyle ScheduleSession { get; } = new(12, Bold: true, Italic: true, Before: 40, After: 40);

    public static PeerStyle ScheduleContent { get; } = new(12, Align: ParagraphAlignment.BOTH, Before: 40, After: 40);

    public static PeerStyle ScheduleText { get; } = new(12, Before: 40, After: 40);

    public static PeerStyle ScheduleHoliday { get; } = new(12, Align: ParagraphAlignment.CENTER, Before: 40, After: 40);

    public static PeerStyle RecipientsLabel { get; } = new(12, Bold: true, Italic: true);

    public static PeerStyle Recipient { get; } = new(11);

    public static PeerStyle SignatureTitle { get; } = new(14, Bold: true, Caps: true, Align: ParagraphAlignment.CENTER);

    public static PeerStyle SignerName { get; } = new(14, Bold: true, Align: ParagraphAlignment.CENTER, Before: 1440);
}
