namespace WorkPlan.Documents.Rendering.TemplateChecking;

/// <summary>
/// Every template diagnostic the checker reports, in one table (<see href="https://github.com/workplan-documents/WorkPlan.Documents/blob/main/docs/diagnostics.md">docs/diagnostics.md</see> documents each id). The ids are
/// stable: a shipped id never changes meaning, a retired one is never reused.
/// </summary>
/// <remarks>
/// WPT0001–WPT0019: templates (syntax, names, partials, <c>raw</c>); WPT0020–WPT0039: layout markup and stylesheet;
/// WPT0040–WPT0059: <c>schedule-columns.json</c>; WPT0900–: reserved for the source generator's own declarations.
/// </remarks>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public static class TemplateDiagnosticDescriptors
{
    /// <summary>WPT0001: the template engine cannot parse a partial.</summary>
    public static readonly TemplateDiagnosticDescriptor SyntaxError = new("WPT0001", "Template syntax error", TemplateDiagnosticSeverity.Error);

    /// <summary>WPT0002: a block (<c>if</c>, <c>for</c>, <c>while</c>, <c>case</c>, <c>func</c>, <c>capture</c>…) has no <c>end</c>; reported at its opening tag.</summary>
    public static readonly TemplateDiagnosticDescriptor UnclosedBlock = new("WPT0002", "Block without end", TemplateDiagnosticSeverity.Error);

    /// <summary>WPT0003: a variable or member the view model does not have (the nearest valid name is suggested).</summary>
    public static readonly TemplateDiagnosticDescriptor UnknownMember = new("WPT0003", "Unknown variable or member", TemplateDiagnosticSeverity.Error);

    /// <summary>WPT0004: a <c>partial</c> call names a partial the set does not have.</summary>
    public static readonly TemplateDiagnosticDescriptor UnknownPartial = new("WPT0004", "Unknown partial", TemplateDiagnosticSeverity.Error);

    /// <summary>WPT0005: an override file whose name matches no file of the default set, so nothing ever reads it.</summary>
    public static readonly TemplateDiagnosticDescriptor UnusedOverride = new("WPT0005", "Override file matches no partial", TemplateDiagnosticSeverity.Error);

    /// <summary>WPT0006: <c>raw</c> applied to a view-model value, which bypasses escaping.</summary>
    public static readonly TemplateDiagnosticDescriptor RawViewModelValue = new("WPT0006", "raw applied to a view-model value", TemplateDiagnosticSeverity.Warning);

    /// <summary>WPT0020: an element outside the layout markup vocabulary.</summary>
    public static readonly TemplateDiagnosticDescriptor MarkupElement = new("WPT0020", "Element outside the layout vocabulary", TemplateDiagnosticSeverity.Error);

    /// <summary>WPT0021: an attribute outside the layout markup vocabulary.</summary>
    public static readonly TemplateDiagnosticDescriptor MarkupAttribute = new("WPT0021", "Attribute outside the layout vocabulary", TemplateDiagnosticSeverity.Error);

    /// <summary>WPT0022: an attribute value the layout markup does not accept.</summary>
    public static readonly TemplateDiagnosticDescriptor MarkupValue = new("WPT0022", "Attribute value outside the layout vocabulary", TemplateDiagnosticSeverity.Error);

    /// <summary>WPT0023: the stylesheet cannot be parsed, or uses a selector or property outside the CSS subset.</summary>
    public static readonly TemplateDiagnosticDescriptor StyleSheetError = new("WPT0023", "Stylesheet error", TemplateDiagnosticSeverity.Error);

    /// <summary>WPT0024: a class used in markup that no stylesheet rule defines.</summary>
    public static readonly TemplateDiagnosticDescriptor UndefinedClass = new("WPT0024", "Class defined nowhere", TemplateDiagnosticSeverity.Error);

    /// <summary>WPT0025: a stylesheet declaration that can never take effect.</summary>
    public static readonly TemplateDiagnosticDescriptor IneffectiveDeclaration = new("WPT0025", "Declaration that can never apply", TemplateDiagnosticSeverity.Warning);

    /// <summary>WPT0100: a stylesheet class no template names (information: harmless, usually a leftover or a misspelling).</summary>
    public static readonly TemplateDiagnosticDescriptor UnusedClass = new("WPT0100", "Class used by no template", TemplateDiagnosticSeverity.Info);

    /// <summary>WPT0040: <c>schedule-columns.json</c> is not valid JSON or not of the schema's shape (a value of the wrong type, a missing member).</summary>
    public static readonly TemplateDiagnosticDescriptor ColumnsInvalid = new("WPT0040", "Column declaration invalid", TemplateDiagnosticSeverity.Error);

    /// <summary>WPT0041: a column names a field the schedule does not have (the nearest field is suggested).</summary>
    public static readonly TemplateDiagnosticDescriptor ColumnsUnknownField = new("WPT0041", "Unknown column field", TemplateDiagnosticSeverity.Error);

    /// <summary>WPT0042: a key the column declaration does not know (the nearest key is suggested).</summary>
    public static readonly TemplateDiagnosticDescriptor ColumnsUnknownKey = new("WPT0042", "Unknown key in the column declaration", TemplateDiagnosticSeverity.Error);

    /// <summary>WPT0043: the column widths do not add up to 100 %.</summary>
    public static readonly TemplateDiagnosticDescriptor ColumnsWidths = new("WPT0043", "Column widths do not add up to 100 %", TemplateDiagnosticSeverity.Error);

    /// <summary>Gets every descriptor, in id order.</summary>
    public static IReadOnlyList<TemplateDiagnosticDescriptor> All { get; } = new[]
    {
        SyntaxError, UnclosedBlock, UnknownMember, UnknownPartial, UnusedOverride, RawViewModelValue,
        MarkupElement, MarkupAttribute, MarkupValue, StyleSheetError, UndefinedClass, IneffectiveDeclaration,
        ColumnsInvalid, ColumnsUnknownField, ColumnsUnknownKey, ColumnsWidths,
        UnusedClass,
    };

    /// <summary>Finds the descriptor of an id.</summary>
    /// <param name="id">The id, e.g. <c>WPT0003</c>.</param>
    /// <returns>The descriptor, or null when no descriptor has that id.</returns>
    public static TemplateDiagnosticDescriptor? Find(string id) => All.FirstOrDefault(d => string.Equals(d.Id, id, StringComparison.Ordinal));
}
