using NodaTime;

namespace WorkPlan.Documents.Model;

/// <summary>Collects the entries of one session for <see cref="WorkProgrammeBuilder"/>.</summary>
/// <threadsafety>Not thread-safe: use a builder from one thread.</threadsafety>
public sealed class SessionBuilder
{
    private readonly List<ScheduleEntry> entries = [];

    internal SessionBuilder()
    {
    }

    internal IReadOnlyList<ScheduleEntry> Entries => entries;

    /// <summary>Adds an entry.</summary>
    /// <param name="content">The work to be done.</param>
    /// <param name="preparingUnit">The unit that prepares it (chủ trì chuẩn bị), or null.</param>
    /// <param name="leaders">The names of the people presiding or attending, each written after "Đ/c".</param>
    /// <returns>This builder.</returns>
    public SessionBuilder Add(string content, string? preparingUnit = null, params string[] leaders) =>
        Add(new ScheduleEntry(content, preparingUnit, (leaders ?? []).Select(name => new Person(name))));

    /// <summary>Adds an entry that lasts the whole day ("(cả ngày)").</summary>
    /// <param name="content">The work to be done.</param>
    /// <param name="preparingUnit">The unit that prepares it, or null.</param>
    /// <param name="leaders">The names of the people presiding or attending.</param>
    /// <returns>This builder.</returns>
    public SessionBuilder AddAllDay(string content, string? preparingUnit = null, params string[] leaders) =>
        Add(new ScheduleEntry(content, preparingUnit, (leaders ?? []).Select(name => new Person(name)), isAllDay: true));

    /// <summary>Adds an entry with a start time.</summary>
    /// <param name="startTime">The start time.</param>
    /// <param name="content">The work to be done.</param>
    /// <param name="preparingUnit">The unit that prepares it, or null.</param>
    /// <param name="leaders">The names of the people presiding or attending.</param>
    /// <returns>This builder.</returns>
    public SessionBuilder AddAt(LocalTime startTime, string content, string? preparingUnit = null, params string[] leaders) =>
        Add(new ScheduleEntry(content, preparingUnit, (leaders ?? []).Select(name => new Person(name)), startTime));

    /// <summary>Adds a fully specified entry.</summary>
    /// <param name="entry">The entry.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entry"/> is null.</exception>
    public SessionBuilder Add(ScheduleEntry entry)
    {
        entries.Add(entry ?? throw new ArgumentNullException(nameof(entry)));
        return this;
    }
}
