namespace WorkPlan.Documents.Checking;

/// <summary>One check of <see cref="ProgrammeChecker"/>; it may report findings of one or more rules.</summary>
internal interface IProgrammeCheck
{
    IEnumerable<Finding> Run(CheckContext context);
}
