using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using WorkPlan.Documents.Calendar.Holidays;
using WorkPlan.Documents.Model;
using WorkPlan.Documents.Rendering;

namespace WorkPlan.Documents.Templates.DependencyInjection;

/// <summary>Registers WorkPlan.Documents in an application's service collection (ASP.NET Core, generic host).</summary>
/// <remarks>
/// <para>
/// This lives in the Templates package, not the core library: the registration's default is the ND30 template set,
/// which only this package knows, and the core library stays free of any dependency-injection package for apps that
/// do not use one. The added dependencies are the Microsoft.Extensions abstractions (dependency injection, options, hosting, logging).
/// </para>
/// </remarks>
/// <example>
/// <code>
/// builder.Services.AddWorkPlanDocuments(options =>
/// {
///     options.TemplateFolder = "templates";          // files that replace the defaults
///     options.StyleSheetPath = "templates/office.css"; // rules applied after nd30.css
///     options.AdditionalHolidays.Add(AnnualHoliday.VietnamCultureDay);
/// });
/// // then inject WorkProgrammeRenderer (and VietnameseHolidayCalendar or IDayClassifier) where needed.
/// </code>
/// </example>
/// <threadsafety>Call during start-up. The registered services are thread-safe singletons.</threadsafety>
public static class WorkPlanDocumentsServiceCollectionExtensions
{
    /// <summary>
    /// Registers, as singletons, a <see cref="WorkProgrammeRenderer"/> over the configured template set, and the
    /// configured <see cref="VietnameseHolidayCalendar"/> (also as <see cref="IDayClassifier"/>). The renderer caches
    /// its parsed templates, so one instance serves every request concurrently. Calling this twice keeps the first
    /// registration.
    /// </summary>
    /// <remarks>
    /// The template set is checked when the host starts (<c>ValidateOnStart</c>, with the template checker of
    /// <c>TemplateSet.Validate()</c>): a set with errors stops the start with an <see cref="OptionsValidationException"/>
    /// naming each error's file, line and column; warnings are logged. Without a host, resolving the renderer throws the
    /// same message. Relative paths in the options are taken from the host's content root.
    /// </remarks>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options; null for the defaults (ND30 templates, shipped holiday calendar).</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddWorkPlanDocuments(this IServiceCollection services, Action<WorkPlanDocumentsOptions>? configure = null)
    {
        if (services is null)
        {
            throw new ArgumentNullException(nameof(services));
        }

        var options = new WorkPlanDocumentsOptions();
        configure?.Invoke(options);

        services.TryAddSingleton(options);
        services.TryAddSingleton<WorkPlanTemplateSetSource>();
        services.TryAddSingleton(provider => new WorkProgrammeRenderer(
            provider.GetRequiredService<WorkPlanTemplateSetSource>().Set,
            provider.GetRequiredService<WorkPlanDocumentsOptions>().Clock));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TemplateSetValidationOptions>, TemplateSetValidator>());
        services.AddOptions<TemplateSetValidationOptions>().ValidateOnStart();
        services.TryAddSingleton(provider => provider.GetRequiredService<WorkPlanDocumentsOptions>().BuildHolidayCalendar());
        services.TryAddSingleton<IDayClassifier>(provider => provider.GetRequiredService<VietnameseHolidayCalendar>());
        return services;
    }
}
