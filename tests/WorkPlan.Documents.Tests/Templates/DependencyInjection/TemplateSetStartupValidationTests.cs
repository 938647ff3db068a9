using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WorkPlan.Documents.Rendering;
using WorkPlan.Documents.Templates;
using WorkPlan.Documents.Templates.DependencyInjection;
using WorkPlan.Documents.Tests.Common;

namespace WorkPlan.Documents.Tests.Templates.DependencyInjection;

/// <summary>
/// The template checker's third door: <c>AddWorkPlanDocuments</c> checks the template set when the host starts, so a
/// broken set stops the app with the file and line instead of failing its first request.
/// </summary>
public sealed class TemplateSetStartupValidationTests : IDisposable
{
    private static readonly string Corpus = Path.Combine(RepositoryRoot.Path, "tests", "TemplateCorpus");

    private readonly string contentRoot = Path.Combine(Path.GetTempPath(), "workplan-host-" + Guid.NewGuid().ToString("N"));

    public TemplateSetStartupValidationTests() => Directory.CreateDirectory(Path.Combine(contentRoot, "Templates"));

    public void Dispose() => Directory.Delete(contentRoot, recursive: true);

    [Fact]
    public async Task A_misspelt_member_stops_the_host_with_its_file_line_and_column()
    {
        CopyCase("misspelt-member");
        using IHost host = Host(o => o.TemplateFolder = "Templates");

        OptionsValidationException error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("signature.sbn-html(9,37): error WPT0003", error.Message, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(contentRoot, "Templates"), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_error_in_the_annex_no_request_has_reached_stops_the_host()
    {
        CopyCase("annex-syntax-error");
        using IHost host = Host(o => o.TemplateFolder = "Templates");

        OptionsValidationException error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("annex.sbn-html(7,63): error WPT0001", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_relative_folder_is_read_from_the_content_root_not_the_current_directory()
    {
        Assert.NotEqual(Path.GetFullPath(contentRoot), Path.GetFullPath(Environment.CurrentDirectory));
        File.WriteAllText(Path.Combine(contentRoot, "Templates", "schedule-columns.json"), Nd30Templates.ReadFile("schedule-columns.json")
            .Replace("\"width\": \"45%\"", "\"width\": \"35%\"", StringComparison.Ordinal)
            .Replace("{ \"field\": \"leaders\"", "{ \"field\": \"location\", \"heading\": \"ĐỊA ĐIỂM\", \"width\": \"10%\" },\n    { \"field\": \"leaders\"", StringComparison.Ordinal));
        using IHost host = Host(o => o.TemplateFolder = "Templates");

        await host.StartAsync();

        Assert.Contains("location", host.Services.GetRequiredService<WorkProgrammeRenderer>().DefaultColumns.Select(c => c.Field));
        await host.StopAsync();
    }

    [Fact]
    public async Task A_missing_folder_stops_the_host_naming_the_resolved_path()
    {
        using IHost host = Host(o => o.TemplateFolder = "NoSuchFolder");

        OptionsValidationException error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(Path.Combine(contentRoot, "NoSuchFolder"), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Warnings_are_logged_and_the_host_starts()
    {
        CopyCase("raw-view-model-value");
        var logged = new ConcurrentQueue<string>();
        using IHost host = Host(o => o.TemplateFolder = "Templates", logging => logging.AddProvider(new ListLoggerProvider(logged)));

        await host.StartAsync();

        Assert.Contains(logged, m => m.Contains("title.sbn-html(5,51): warning WPT0006", StringComparison.Ordinal));
        await host.StopAsync();
    }

    [Fact]
    public async Task The_default_set_and_a_set_given_with_UseTemplates_start()
    {
        using IHost plain = Host(_ => { });
        await plain.StartAsync();
        await plain.StopAsync();

        var set = Nd30Templates.Default.WithOverrides([new KeyValuePair<string, string>(
            "schedule-columns.json",
            Nd30Templates.ReadFile("schedule-columns.json").Replace("NỘI DUNG CÔNG VIỆC", "NỘI DUNG", StringComparison.Ordinal))]);
        using IHost embedded = Host(o => o.UseTemplates(set));
        await embedded.StartAsync();

        Assert.Equal("NỘI DUNG", embedded.Services.GetRequiredService<WorkProgrammeRenderer>().DefaultColumns[1].Heading);
        await embedded.StopAsync();
    }

    [Fact]
    public void Without_a_host_resolving_the_renderer_names_the_error()
    {
        CopyCase("misspelt-member");
        using ServiceProvider provider = new ServiceCollection()
            .AddWorkPlanDocuments(o => o.TemplateFolder = Path.Combine(contentRoot, "Templates"))
            .BuildServiceProvider();

        InvalidOperationException error = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<WorkProgrammeRenderer>());

        Assert.Contains("signature.sbn-html(9,37): error WPT0003", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UseTemplates_refuses_null()
    {
        var options = new WorkPlanDocumentsOptions();

        Assert.Equal("set", Assert.Throws<ArgumentNullException>(() => options.UseTemplates(null!)).ParamName);
    }

    private IHost Host(Action<WorkPlanDocumentsOptions> configure, Action<ILoggingBuilder>? logging = null)
    {
        HostApplicationBuilder builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = contentRoot });
        logging?.Invoke(builder.Logging);
        builder.Services.AddWorkPlanDocuments(configure);
        return builder.Build();
    }

    private void CopyCase(string name)
    {
        foreach (string file in Directory.GetFiles(Path.Combine(Corpus, name)).Where(f => Path.GetFileName(f) != "expected.txt"))
        {
            File.Copy(file, Path.Combine(contentRoot, "Templates", Path.GetFileName(file)));
        }
    }

    private sealed class ListLoggerProvider(ConcurrentQueue<string> messages) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new ListLogger(messages);

        public void Dispose()
        {
        }

        private sealed class ListLogger(ConcurrentQueue<string> messages) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                messages.Enqueue(logLevel + ": " + formatter(state, exception));
        }
    }
}
