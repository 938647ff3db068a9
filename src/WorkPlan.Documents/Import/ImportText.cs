using WorkPlan.Documents.Localization;

namespace WorkPlan.Documents.Import;

/// <summary>The importers' messages (ImportMessages.resx and its vi satellite), for <see cref="ImportLog"/>.</summary>
internal static class ImportText
{
    /// <summary>A message of the importers' resources with its arguments.</summary>
    internal static LocalizedText Of(string key, params object?[] arguments) => LocalizedText.Of(Messages.Import, key, arguments);
}
