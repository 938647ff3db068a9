using System.Text.RegularExpressions;
using NodaTime;
using WorkPlan.Documents.Text;

namespace WorkPlan.Documents.Checking;

/// <summary>WP008 (symbol "CTr-…") and WP009 (issue date within a month before the period and its first week).</summary>
internal sealed class HeaderCheck : IProgrammeCheck
{
    private static readonly Regex ProgrammeSymbol = new(@"^CTr-\S+$", RegexOptions.CultureInvariant);

    public IEnumerable<Finding> Run(CheckContext context)
    {
        string symbol = context.Programme.Identity.Symbol;
        if (!ProgrammeSymbol.IsMatch(symbol))
        {
            yield return new Finding(
                CheckRules.SymbolForm,
                ProgrammeLocation.ForField("identity.symbol"),
                $"The symbol \"{symbol}\" is not of the form \"CTr-…\" that a work programme (chương trình) takes.",
                $"Write \"{DocumentNumberFormat.ProgrammeSymbol(context.Programme.Agency.Abbreviation)}\".");
        }

        LocalDate issued = context.Programme.Identity.IssueDate;
        LocalDate start = context.Programme.Period.Start;
        LocalDate latest = start.PlusDays(6);
        LocalDate earliest = start.PlusMonths(-1);
        if (issued > latest || issued < earliest)
        {
            string relation = issued > latest
                ? $"after the first week of the period ({ShortYear(start)}–{ShortYear(latest)})"
                : $"more than a month before the period starts ({ShortYear(start)})";
            yield return new Finding(
                CheckRules.IssueDateOutOfRange,
                ProgrammeLocation.ForField("identity.issueDate"),
                $"The issue date {ShortYear(issued)} is {relation}.",
                $"Check the issue date; a programme is issued from {ShortYear(earliest)} to {ShortYear(latest)}.");
        }
    }

    private static string ShortYear(LocalDate date) => Nd30DateFormat.ShortDate(date);
}
