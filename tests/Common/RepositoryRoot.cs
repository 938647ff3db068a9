namespace WorkPlan.Documents.Tests.Common;

/// <summary>Finds the repository the tests were built from (linked into the test projects that read repository files).</summary>
public static class RepositoryRoot
{
    private static readonly Lazy<string> Root = new(Find);

    /// <summary>The folder that holds WorkPlan.Documents.sln.</summary>
    public static string Path => Root.Value;

    private static string Find()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "WorkPlan.Documents.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No WorkPlan.Documents.sln above {AppContext.BaseDirectory}.");
    }
}
