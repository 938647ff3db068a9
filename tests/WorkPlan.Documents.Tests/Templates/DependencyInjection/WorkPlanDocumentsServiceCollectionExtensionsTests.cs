using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using WorkPlan.Documents.Calendar.Holidays;
using WorkPlan.Documents.Model;
using WorkPlan.Documents.Rendering;
using WorkPlan.Documents.Templates;
using WorkPlan.Documents.Templates.DependencyInjection;

namespace WorkPlan.Documents.Tests.Templates.DependencyInjection;

public sealed class WorkPlanDocumentsServiceCollectionExtensionsTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "workplan-di-" + Guid.NewGuid().ToString("N"));

    public WorkPlanDocumentsServiceCollectionExtensionsTests() => Directory.CreateDirectory(folder);

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task The_renderer_is_one_singleton_for_every_scope_and_thread()
    {
        using ServiceProvider provider = new ServiceCollection().AddWorkPlanDocuments().BuildServiceProvider();

        WorkProgrammeRenderer[] resolved = await Task.WhenAll(Enumerable.Range(0, 64).Select(_ => Task.Run(() =>
        {
            using IServiceScope scope = provider.CreateScope();
            return scope.ServiceProvider.GetRequiredService<WorkProgrammeRenderer>();
        })));

        Assert.All(resolved, r => Assert.Same(resolved[0], r));
        Assert.Equal(["day", "content", "preparing_unit", "leaders"], resolved[0].DefaultColumns.Select(c => c.Field));
    }

    [Fact]
    public void Without_options_the_calendar_is_the_shipped_one_and_is_the_day_classifier()
    {
        using ServiceProvider provider = new ServiceCollection().AddWorkPlanDocuments().BuildServiceProvider();

        VietnameseHolidayCalendar calendar = provider.GetRequiredService<VietnameseHolidayCalendar>();

        Assert.Same(calendar, provider.GetRequiredService<IDayClassifier>());
        Assert.Equal(DayStatus.WorkingDay, calendar.Classify(new LocalDate(2026, 11, 24)).Status);
        Assert.Equal(DayStatus.Holiday, calendar.Classify(new LocalDate(2021, 5, 3)).Status);
    }

    [Fact]
    public void Holiday_additions_reach_the_registered_calendar()
    {
        using ServiceProvider provider = new ServiceCollection()
            .AddWorkPlanDocuments(o => o.AdditionalHolidays.Add(AnnualHoliday.VietnamCultureDay))
            .BuildServiceProvider();

        DayClassification day = provider.GetRequiredService<IDayClassifier>().Classify(new LocalDate(2026, 11, 24));

        Assert.Equal(DayStatus.Holiday, day.Status);
        Assert.Equal("Ngày Văn hóa Việt Nam", day.HolidayName);
    }

    [Fact]
    public void A_template_folder_overrides_the_default_files_it_holds()
    {
        // The widths still add up to 100 % (the start-up check refuses a set whose columns run past the margin).
        File.WriteAllText(Path.Combine(folder, "schedule-columns.json"), Nd30Templates.ReadFile("schedule-columns.json")
            .Replace("\"width\": \"45%\"", "\"width\": \"35%\"", StringComparison.Ordinal)
            .Replace(
                "{ \"field\": \"leaders\"",
                "{ \"field\": \"location\", \"heading\": \"ĐỊA ĐIỂM\", \"width\": \"10%\" },\n    { \"field\": \"leaders\"",
                StringComparison.Ordinal));

        using ServiceProvider provider = new ServiceCollection()
            .AddWorkPlanDocuments(o => o.TemplateFolder = folder)
            .BuildServiceProvider();

        Assert.Equal(
            ["day", "content", "preparing_unit", "location", "leaders"],
            provider.GetRequiredService<WorkProgrammeRenderer>().DefaultColumns.Select(c => c.Field));
    }

    [Fact]
    public void Registering_twice_keeps_the_first_registration()
    {
        var services = new ServiceCollection();
        services.AddWorkPlanDocuments(o => o.AdditionalHolidays.Add(AnnualHoliday.VietnamCultureDay));
        services.AddWorkPlanDocuments();

        using ServiceProvider provider = services.BuildServiceProvider();

        Assert.Single(services, d => d.ServiceType == typeof(WorkProgrammeRenderer));
        Assert.Equal(DayStatus.Holiday, provider.GetRequiredService<VietnameseHolidayCalendar>().Classify(new LocalDate(2026, 11, 24)).Status);
    }
}
