using WorkPlan.Documents.Model;

namespace WorkPlan.Documents.Checking;

/// <summary>WP010: a header value still holds a blank of the ND30 form (<see cref="FormBlanks"/>), as a scaffold leaves it.</summary>
internal sealed class FormBlankCheck : IProgrammeCheck
{
    public IEnumerable<Finding> Run(CheckContext context)
    {
        WorkProgramme programme = context.Programme;
        var values = new List<(string Field, string Text)>();
        values.AddRange(programme.Agency.ParentLines.Select((line, i) => ($"agency.parentLines[{i}]", line)));
        values.AddRange(programme.Agency.NameLines.Select((line, i) => ($"agency.nameLines[{i}]", line)));
        values.Add(("agency.abbreviation", programme.Agency.Abbreviation));
        values.Add(("identity.placeName", programme.Identity.PlaceName));
        values.Add(("signature.signerTitle", programme.Signature.SignerTitle));
        values.Add(("signature.signerName", programme.Signature.SignerName));

        foreach ((string field, string text) in values)
        {
            if (IsBlank(text))
            {
                yield return new Finding(
                    CheckRules.FormBlankLeft,
                    ProgrammeLocation.ForField(field),
                    CheckContext.Text("FormBlank_Left", field, text),
                    CheckContext.Text("FormBlank_Fix"));
            }
        }
    }

    private static bool IsBlank(string text) => text is FormBlanks.ParentAgency or FormBlanks.AgencyName or FormBlanks.Abbreviation
        or FormBlanks.SignerTitle or FormBlanks.SignerName or FormBlanks.PlaceName;
}
