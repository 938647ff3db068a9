using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WorkPlan.Documents.Rendering.TemplateChecking;

namespace WorkPlan.Documents.Templates.DependencyInjection;

/// <summary>
/// Checks the app's template set when the host starts: errors fail the validation (the host does not start, and the
/// exception lists each error as <c>file(line,col): error WPT…: message</c>); warnings are logged.
/// </summary>
/// <threadsafety>Thread-safe.</threadsafety>
internal sealed class TemplateSetValidator : IValidateOptions<TemplateSetValidationOptions>
{
    private readonly WorkPlanTemplateSetSource source;
    private readonly ILogger? logger;

    /// <summary>Creates the validator.</summary>
    /// <param name="source">The app's template set.</param>
    /// <param name="loggerFactory">Where warnings go; null when the app has no logging.</param>
    public TemplateSetValidator(WorkPlanTemplateSetSource source, ILoggerFactory? loggerFactory = null)
    {
        this.source = source;
        logger = loggerFactory?.CreateLogger("WorkPlan.Documents.Templates");
    }

    /// <inheritdoc/>
    public ValidateOptionsResult Validate(string? name, TemplateSetValidationOptions options)
    {
        WorkPlanTemplateSetSource.Checked result = source.Result;
        if (result.Diagnostics is { } diagnostics && logger is not null)
        {
            foreach (TemplateDiagnostic warning in diagnostics.Diagnostics.Where(d => d.Severity == TemplateDiagnosticSeverity.Warning))
            {
#pragma warning disable CA1848, CA2254 // Start-up only, a handful of lines: LoggerMessage delegates would add nothing here.
                logger.LogWarning("{Diagnostic}", warning.ToString());
#pragma warning restore CA1848, CA2254
            }
        }

        return result.Failure is null ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(result.Failure);
    }
}
