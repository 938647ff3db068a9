using WorkPlan.Documents.Model;

namespace WorkPlan.Documents.Checking;

/// <summary>
/// WP013: a leader whose name starts with a known honorific (<see cref="Person.KnownHonorifics"/>) while an honorific is
/// also given: "Đ/c" + "Đ/c Oánh" prints "Đ/c Đ/c Oánh". <see cref="Person.FromWritten"/> (used by the builder's
/// string overloads and the importers) keeps them apart; a hand-written JSON file or a <see cref="Person"/> made
/// directly may not.
/// </summary>
internal sealed class HonorificCheck : IProgrammeCheck
{
    public IEnumerable<Finding> Run(CheckContext context)
    {
        foreach (PlacedEntry placed in context.Entries)
        {
            for (int i = 0; i < placed.Entry.Leaders.Count; i++)
            {
                Person person = placed.Entry.Leaders[i];
                if (person.Honorific is null || Person.SplitHonorific(person.Name) is not (string inName, string name))
                {
                    continue;
                }

                string field = "leaders[" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "].name";
                yield return new Finding(
                    CheckRules.HonorificInName,
                    ProgrammeLocation.ForEntry(placed.Day.Date, placed.Session, placed.Index, field),
                    CheckContext.Text("Honorific_InName", person.Name, inName, person.Honorific, person.DisplayName),
                    CheckContext.Text("Honorific_Fix", name, person.Honorific));
            }
        }
    }
}
