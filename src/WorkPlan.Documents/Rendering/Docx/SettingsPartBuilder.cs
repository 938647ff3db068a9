using DocumentFormat.OpenXml.Wordprocessing;

namespace WorkPlan.Documents.Rendering.Docx;

/// <summary>
/// Builds <c>word/settings.xml</c>: compatibility mode 15 (Word 2013 and later, so Word does not open the file in
/// Compatibility Mode), the default tab stop and character spacing control Word itself writes.
/// </summary>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
internal static class SettingsPartBuilder
{
    /// <summary>Builds the part's root element.</summary>
    /// <returns>The <c>w:settings</c> element.</returns>
    public static Settings Build() => new(
        new DefaultTabStop { Val = 720 },
        new CharacterSpacingControl { Val = CharacterSpacingValues.DoNotCompress },
        new Compatibility(new CompatibilitySetting
        {
            Name = CompatSettingNameValues.CompatibilityMode,
            Uri = "http://schemas.microsoft.com/office/word",
            Val = "15",
        }));
}
