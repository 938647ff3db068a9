using WorkPlan.Documents.Import;

namespace WorkPlan.Documents.Tests.Import;

/// <summary>The seed text, its header file and its structured JSON in seeds/, and the import test data.</summary>
public static class SeedFiles
{
    public const string Name = "000_308a2ff7bb53fc37";

    public static string RepositoryRoot => Common.RepositoryRoot.Path;

    public static string TextPath => Path.Combine(RepositoryRoot, "seeds", Name + ".txt");

    public static string HeaderPath => Path.Combine(RepositoryRoot, "seeds", Name + ".header.json");

    public static string JsonPath => Path.Combine(RepositoryRoot, "seeds", Name + ".json");

    public static string TestDataPath => Path.Combine(RepositoryRoot, "tests", "WorkPlan.Documents.Tests", "TestData", "Import");

    public static string Text => File.ReadAllText(TextPath);

    public static ImportHeader Header => ImportHeader.Parse(File.ReadAllText(HeaderPath));

    /// <summary>Imports the seed with its header file (weekends only; the text marks the holidays).</summary>
    public static ImportResult Import() => ProgrammeTextImporter.Import(Text, Header);
}
