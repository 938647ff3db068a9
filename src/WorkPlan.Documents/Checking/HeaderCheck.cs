using NodaTime;
using WorkPlan.Documents.Model;
using WorkPlan.Documents.Text;

namespace WorkPlan.Documents.Checking;

/// <summary>
/// WP008 (the symbol the kind takes: "CTr-…" for a programme, "TB-…" for a notice; a work schedule's is not checked) and WP009 (issue date within a month before the period
/// and its first week).
/// </summary>
internal sealed class HeaderCheck : IProgrammeCheck
{
    public IEnumerable<Finding> Run(CheckContext context)
    {
        WorkProgramme programme = context.Programme;
        string symbol = programme.Identity.Symbol;
        if (!DocumentKindText.IsSymbolAccepted(programme.Kind, symbol))
        {
            yield return new Finding(
                CheckRules.SymbolForm,
                ProgrammeLocation.ForField("identity.symbol"),
                CheckContext.Text("Header_SymbolForm", symbol, DocumentKindText.SymbolPrefix(programme.Kind), KindPhrase(programme.Kind)),
                CheckContext.Text("Header_Write", DocumentKindText.Symbol(programme.Kind, programme.Agency.Abbreviation)));
        }

        LocalDate issued = context.Programme.Identity.IssueDate;
        LocalDate start = context.Programme.Period.Start;
        LocalDate latest = start.PlusDays(6);
        LocalDate earliest = start.PlusMonths(-1);
        if (issued > latest || issued < earliest)
        {
            yield return new Finding(
                CheckRules.IssueDateOutOfRange,
                ProgrammeLocation.ForField("identity.issueDate"),
                issued > latest
                    ? CheckContext.Text("Header_IssuedAfterFirstWeek", ShortYear(issued), ShortYear(start), ShortYear(latest))
                    : CheckContext.Text("Header_IssuedMonthBefore", ShortYear(issued), ShortYear(start)),
                CheckContext.Text("Header_IssueDate_Fix", ShortYear(earliest), ShortYear(latest)));
        }
    }

    private static Localization.LocalizedText KindPhrase(DocumentKind kind) => CheckContext.Text(kind switch
    {
        DocumentKind.Schedule => "Header_Kind_Schedule",
        DocumentKind.Notice => "Header_Kind_Notice",
        _ => "Header_Kind_Programme",
    });

    private static string ShortYear(LocalDate date) => Nd30DateFormat.ShortDate(date);
}
