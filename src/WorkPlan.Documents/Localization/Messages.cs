using System.Resources;

namespace WorkPlan.Documents.Localization;

/// <summary>
/// The library's message resources: <c>CheckMessages.resx</c> (the checker's findings) and <c>ImportMessages.resx</c>
/// (the importers' diagnostics) and <c>LintMessages.resx</c> (the ND30 lint's findings), each in English (neutral) and Vietnamese (<c>*.vi.resx</c>, a satellite assembly).
/// </summary>
/// <threadsafety>Thread-safe (<see cref="ResourceManager"/> is).</threadsafety>
internal static class Messages
{
    /// <summary>The checker's findings (WP001–WP013).</summary>
    internal static ResourceManager Check { get; } = new("WorkPlan.Documents.Localization.CheckMessages", typeof(Messages).Assembly);

    /// <summary>The importers' diagnostics (IMP01–).</summary>
    internal static ResourceManager Import { get; } = new("WorkPlan.Documents.Localization.ImportMessages", typeof(Messages).Assembly);

    /// <summary>The ND30 lint's findings (ND30-01–).</summary>
    internal static ResourceManager Lint { get; } = new("WorkPlan.Documents.Localization.LintMessages", typeof(Messages).Assembly);
}
