using NodaTime;
using WorkPlan.Documents.Model;

namespace WorkPlan.Documents.Import;

/// <summary>
/// The header and closing parts a source reader found — place and date, "Số:" line, "Nơi nhận" block — which
/// <see cref="ProgrammeAssembly"/> merges with the <see cref="ImportHeader"/> the same way for every source format.
/// </summary>
internal interface IProgrammeParts
{
    string? PlaceName { get; }

    LocalDate? IssueDate { get; }

    /// <summary>Gets the source line of the place and date, or 0.</summary>
    int PlaceLine { get; }

    int? Number { get; }

    string? Symbol { get; }

    bool RecipientsBlockRead { get; }

    List<Recipient> Recipients { get; }

    List<string> Archive { get; }
}
