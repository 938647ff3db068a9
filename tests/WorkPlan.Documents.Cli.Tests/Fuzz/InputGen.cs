using System.Text;
using CsCheck;
using WorkPlan.Documents.Cli.Tests.Infrastructure;
using WorkPlan.Documents.Templates;

namespace WorkPlan.Documents.Cli.Tests.Fuzz;

/// <summary>
/// The damaged inputs the commands read: programme JSON, the seed text, header files, template partials, stylesheets
/// and column declarations. Each is a valid file most of the time damaged by <see cref="JsonDamage"/> (JSON) and
/// <see cref="ByteDamage"/>, with the damage described for the failure report.
/// </summary>
public static class InputGen
{
    private static readonly string SeedText = File.ReadAllText(Seed.Text);

    private static readonly string SeedHeader = File.ReadAllText(Seed.Header);

    private static readonly string SeedJson = File.ReadAllText(Seed.Json);

    // Declared before the generators that use them: static fields are initialised in order.
    private static readonly Gen<string> GeneratedHeader =
        from parents in ProgrammeGen.Phrase.Array[0, 3]
        from names in ProgrammeGen.Phrase.Array[0, 3]
        from abbreviation in ProgrammeGen.Word
        from number in Gen.Int[-5, 100_000]
        from symbol in ProgrammeGen.Word
        from authority in ProgrammeGen.Phrase.Array[0, 2]
        from title in ProgrammeGen.Phrase
        from signer in ProgrammeGen.Phrase
        from recipients in ProgrammeGen.Phrase.Array[0, 3]
        select System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["headerVersion"] = 1,
            ["agency"] = new Dictionary<string, object?> { ["parentLines"] = parents, ["nameLines"] = names, ["abbreviation"] = abbreviation },
            ["number"] = number,
            ["symbol"] = symbol,
            ["signature"] = new Dictionary<string, object?> { ["authorityLines"] = authority, ["signerTitle"] = title, ["signerName"] = signer },
            ["recipients"] = recipients.Length == 0 ? null : recipients,
        });

    private static readonly Gen<string> GeneratedColumns =
        from columns in Gen.Select(
            Gen.OneOf("day", "content", "preparing_unit", "leaders", "location", "time", "room", "", "DAY", "fields.room"),
            ProgrammeGen.Phrase,
            Gen.OneOf("12%", "45%", "0%", "100%", "200%", "-5%", "50", "3cm", "1e9%", "abc", "", "33.3333%")).Array[0, 6]
        select System.Text.Json.JsonSerializer.Serialize(new
        {
            columns = columns.Select(c => new { field = c.Item1, heading = c.Item2, width = c.Item3 }).ToArray(),
        });

    /// <summary>No damage (two times in five), JSON damage, byte damage, or both.</summary>
    private static readonly Gen<(JsonDamage[] Json, ByteDamage[] Bytes)> JsonDamages = Gen.Frequency(
        (4, Gen.Const<(JsonDamage[], ByteDamage[])>((Array.Empty<JsonDamage>(), Array.Empty<ByteDamage>()))),
        (4, Gen.Select(JsonDamage.Gen.Array[1, 3], Gen.Const<ByteDamage[]>(Array.Empty<ByteDamage>()))),
        (2, Gen.Select(Gen.Const<JsonDamage[]>(Array.Empty<JsonDamage>()), ByteDamage.Several(2))),
        (1, Gen.Select(JsonDamage.Gen.Array[1, 3], ByteDamage.Several(2))));

    /// <summary>A programme file: a generated programme (or the seed), damaged or not.</summary>
    public static Gen<Damaged> Programme { get; } =
        from json in Gen.Frequency((5, ProgrammeGen.Json), (1, Gen.Const<string>(SeedJson)))
        from damage in JsonDamages
        select Damage("programme", json, damage.Json, damage.Bytes);

    /// <summary>A header file (<c>--header</c>): the seed's or one with generated values, damaged or not.</summary>
    public static Gen<Damaged> Header { get; } =
        from json in Gen.Frequency((2, Gen.Const<string>(SeedHeader)), (1, GeneratedHeader))
        from damage in JsonDamages
        select Damage("header", json, damage.Json, damage.Bytes);

    /// <summary>The seed text damaged line by line (as the importer's property test does), then perhaps byte by byte.</summary>
    public static Gen<Damaged> Text { get; } =
        from lines in TextMutation.Gen.Array[0, 8]
        from bytes in Gen.Frequency((3, Gen.Const<ByteDamage[]>(Array.Empty<ByteDamage>())), (1, ByteDamage.Several(3)))
        select new Damaged(
            ByteDamage.ApplyAll(bytes, Encoding.UTF8.GetBytes(TextMutation.ApplyAll(lines, SeedText))),
            $"seed text, lines [{string.Join(", ", lines.Select(l => l.ToString()))}], bytes [{string.Join(", ", bytes.Select(b => b.ToString()))}]");

    /// <summary>A stylesheet: generated rules (a few, or very many), perhaps damaged byte by byte.</summary>
    public static Gen<Damaged> StyleSheet { get; } =
        from css in StyleSheetGen.Text
        from bytes in Gen.Frequency((3, Gen.Const<ByteDamage[]>(Array.Empty<ByteDamage>())), (1, ByteDamage.Several(2)))
        select new Damaged(ByteDamage.ApplyAll(bytes, Encoding.UTF8.GetBytes(css.Text)), $"stylesheet {css.Description}, bytes [{string.Join(", ", bytes.Select(b => b.ToString()))}]");

    /// <summary>A column declaration (<c>schedule-columns.json</c>): the default one or a generated one, damaged or not.</summary>
    public static Gen<Damaged> Columns { get; } =
        from json in Gen.Frequency((1, Gen.Const<string>(Nd30Templates.ReadFile("schedule-columns.json"))), (2, GeneratedColumns))
        from damage in JsonDamages
        select Damage("columns", json, damage.Json, damage.Bytes);

    /// <summary>A template folder's files: damaged partials, perhaps a column declaration and a stylesheet.</summary>
    public static Gen<TemplateFolder> TemplateFolder { get; } =
        from partials in TemplateDamage.Partial.Array[0, 3]
        from columns in Gen.Frequency((2, Gen.Const<Damaged?>((Damaged?)null)), (1, Columns.Select(c => (Damaged?)c)))
        from css in Gen.Frequency((4, Gen.Const<Damaged?>((Damaged?)null)), (1, StyleSheet.Select(c => (Damaged?)c)))
        select TemplateFiles(partials, columns, css);

    private static Damaged Damage(string what, string json, JsonDamage[] jsonDamages, ByteDamage[] byteDamages) =>
        new(
            ByteDamage.ApplyAll(byteDamages, Encoding.UTF8.GetBytes(JsonDamage.ApplyAll(jsonDamages, json))),
            $"{what}, json [{string.Join(", ", jsonDamages.Select(d => d.ToString()))}], bytes [{string.Join(", ", byteDamages.Select(d => d.ToString()))}]");

    private static TemplateFolder TemplateFiles(
        (string Name, byte[] Content, string Description)[] partials, Damaged? columns, Damaged? css)
    {
        var files = partials.DistinctBy(p => p.Name).Select(p => new FuzzFile(p.Name, p.Content)).ToList();
        var description = new StringBuilder("templates {").AppendJoin("; ", partials.Select(p => p.Description));
        if (columns is not null)
        {
            files.Add(new FuzzFile("schedule-columns.json", columns.Content));
            description.Append("; ").Append(columns.Description);
        }

        if (css is not null)
        {
            files.Add(new FuzzFile("nd30.css", css.Content));
            description.Append("; nd30.css ").Append(css.Description);
        }

        return new TemplateFolder(files, description.Append('}').ToString());
    }
}

/// <summary>A damaged input file and what was done to it.</summary>
/// <param name="Content">The file's bytes.</param>
/// <param name="Description">What it started as and the damage done.</param>
public sealed record Damaged(byte[] Content, string Description);

/// <summary>The files of a <c>--templates</c> folder and what was done to them.</summary>
/// <param name="Files">The files, by path relative to the folder.</param>
/// <param name="Description">The partials broken, the column declaration and stylesheet damaged.</param>
public sealed record TemplateFolder(IReadOnlyList<FuzzFile> Files, string Description);
