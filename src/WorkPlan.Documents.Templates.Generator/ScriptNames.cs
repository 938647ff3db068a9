namespace WorkPlan.Documents.Templates.Generator;

/// <summary>The names templates use for view-model members: Scriban's snake_case, as the engine names them.</summary>
internal static class ScriptNames
{
    /// <summary>Gets the template name of a property, e.g. "NumberLine" → "number_line".</summary>
    public static string Of(string typeName, string propertyName) =>
        typeName == "ProgrammeViewModel" && propertyName == "Language" ? "lang" : Scriban.Runtime.StandardMemberRenamer.Rename(propertyName);
}
