namespace WorkPlan.Documents.Rendering.TemplateChecking;

/// <summary>What a view-model member holds, as a template sees it.</summary>
public enum TemplateValueKind
{
    /// <summary>A string, number, boolean or enum value: it has no members.</summary>
    Value = 0,

    /// <summary>An object of a view type (<see cref="TemplateMemberShape.TypeName"/>), with members.</summary>
    View = 1,

    /// <summary>A list of values (e.g. <c>header.agency_name_lines</c>).</summary>
    ValueList = 2,

    /// <summary>A list of objects of a view type (<see cref="TemplateMemberShape.TypeName"/>), e.g. <c>schedule.days</c>.</summary>
    ViewList = 3,

    /// <summary>A map whose keys the view model does not fix (e.g. <c>entry.fields</c>): any member name is accepted.</summary>
    Map = 4,
}
