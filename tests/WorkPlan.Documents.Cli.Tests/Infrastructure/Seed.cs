using WorkPlan.Documents.Tests.Common;

namespace WorkPlan.Documents.Cli.Tests.Infrastructure;

/// <summary>The seed programme files in seeds/.</summary>
public static class Seed
{
    public const string Name = "000_308a2ff7bb53fc37";

    public static string Text => Path.Combine(RepositoryRoot.Path, "seeds", Name + ".txt");

    public static string Header => Path.Combine(RepositoryRoot.Path, "seeds", Name + ".header.json");

    public static string Json => Path.Combine(RepositoryRoot.Path, "seeds", Name + ".json");
}
