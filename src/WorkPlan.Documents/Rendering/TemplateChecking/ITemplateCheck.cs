namespace WorkPlan.Documents.Rendering.TemplateChecking;

/// <summary>
/// One check of the template checker: it reads the files of a <see cref="TemplateCheckContext"/> and reports what it
/// finds there. Checks are registered in <see cref="TemplateChecker"/>'s list and run in its order.
/// </summary>
/// <remarks>A check holds no state between runs: one instance serves every check, on any thread.</remarks>
internal interface ITemplateCheck
{
    /// <summary>Runs the check over the context's files.</summary>
    /// <param name="context">The files, the shape and the sink for diagnostics.</param>
    void Run(TemplateCheckContext context);
}
