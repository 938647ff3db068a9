using NodaTime;
using WorkPlan.Documents.Text;

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
    /// <param name="leaders">
    /// The people presiding or attending, as the office writes them: "Oánh" (printed "Đ/c Oánh"), or with an
    /// honorific of their own, "Đ/c Oánh", "Ông Nguyễn Văn A" (<see cref="Person.FromWritten"/>).
    /// </param>
    /// <returns>This builder.</returns>
    public SessionBuilder Add(string content, string? preparingUnit = null, params string[] leaders) =>
        Add(new ScheduleEntry(content, preparingUnit, People(leaders)));

    /// <summary>Adds an entry that lasts the whole day ("(cả ngày)").</summary>
    /// <param name="content">The work to be done.</param>
    /// <param name="preparingUnit">The unit that prepares it, or null.</param>
    /// <param name="leaders">The names of the people presiding or attending.</param>
    /// <returns>This builder.</returns>
    public SessionBuilder AddAllDay(string content, string? preparingUnit = null, params string[] leaders) =>
        Add(new ScheduleEntry(content, preparingUnit, People(leaders), isAllDay: true));

    /// <summary>Adds an entry with a start time.</summary>
    /// <param name="startTime">The start time.</param>
    /// <param name="content">The work to be done.</param>
    /// <param name="preparingUnit">The unit that prepares it, or null.</param>
    /// <param name="leaders">The names of the people presiding or attending.</param>
    /// <returns>This builder.</returns>
    public SessionBuilder AddAt(LocalTime startTime, string content, string? preparingUnit = null, params string[] leaders) =>
        Add(new ScheduleEntry(content, preparingUnit, People(leaders), startTime));

    /// <summary>Adds an entry held at a place (địa điểm), shown in the schedule's location column when it has one.</summary>
    /// <param name="content">The work to be done.</param>
    /// <param name="location">Where it takes place, e.g. "Phòng họp tầng 3".</param>
    /// <param name="preparingUnit">The unit that prepares it, or null.</param>
    /// <param name="leaders">The people presiding or attending, as <see cref="Add(string, string, string[])"/> reads them.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The content or the location is empty.</exception>
    public SessionBuilder AddAtLocation(string content, string location, string? preparingUnit, params string[] leaders) =>
        Add(new ScheduleEntry(content, preparingUnit, People(leaders), location: XmlSafeText.NormalizeRequired(location, "entry.location")));

    /// <summary>Adds an entry with a start time, held at a place.</summary>
    /// <param name="startTime">The start time.</param>
    /// <param name="content">The work to be done.</param>
    /// <param name="location">Where it takes place.</param>
    /// <param name="preparingUnit">The unit that prepares it, or null.</param>
    /// <param name="leaders">The people presiding or attending, as <see cref="Add(string, string, string[])"/> reads them.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The content or the location is empty.</exception>
    public SessionBuilder AddAtLocation(LocalTime startTime, string content, string location, string? preparingUnit, params string[] leaders) =>
        Add(new ScheduleEntry(content, preparingUnit, People(leaders), startTime, location: XmlSafeText.NormalizeRequired(location, "entry.location")));

    private static IEnumerable<Person> People(string[]? leaders) => (leaders ?? []).Select(Person.FromWritten);

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
