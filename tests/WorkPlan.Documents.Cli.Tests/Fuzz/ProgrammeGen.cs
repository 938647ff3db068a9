using CsCheck;
using NodaTime;
using WorkPlan.Documents.Calendar;
using WorkPlan.Documents.Cli.Tests.Infrastructure;
using WorkPlan.Documents.Model;
using WorkPlan.Documents.Serialization;

namespace WorkPlan.Documents.Cli.Tests.Fuzz;

/// <summary>
/// Valid programmes, built with the library's <see cref="WorkProgrammeBuilder"/> and serialised with
/// <see cref="WorkProgrammeJson"/>: month, week and custom periods in any year (mostly those of the holiday calendar,
/// some far outside it), header fields with markup-like and non-Latin text, days with overridden statuses and written
/// weekdays, sessions of every kind, entries with every optional field, zero to many recipients.
/// </summary>
public static class ProgrammeGen
{
    private static readonly string SeedJson = File.ReadAllText(Seed.Json);

    /// <summary>Words, some of them looking like markup, template syntax or escapes, to build text from.</summary>
    public static Gen<string> Word { get; } = Gen.OneOf(
        "Giao", "ban", "Lãnh", "đạo", "Văn", "phòng", "Hội", "nghị", "OCOP", "NTM", "Phòng", "UBND", "tỉnh", "kiểm", "tra", "Hà", "Tĩnh", "Đ/c",
        "<b>", "</p>", "&amp;", "&", "{{ x }}", "{% y %}", "a&b", "\"q\"", "'", "\\", "😀", "e\u0301", "x", "1", "2021", "—", "…", "Buổi", "sáng:", "Nơi", "nhận:", "ﷺ", "中文");

    /// <summary>A short phrase: one to eight words.</summary>
    public static Gen<string> Phrase { get; } = Word.Array[1, 8].Select(words => string.Join(' ', words));

    private static readonly Gen<string> Symbol = Gen.String[Gen.Char["CTrVPĐPQĐ-/0123456789"], 1, 14];

    private static readonly Gen<int> Year = Gen.Frequency(
        (8, Gen.Int[2014, 2199]),
        (2, Gen.OneOf(1, 1899, 1900, 1970, 2013, 2200, 9998, 9999)),
        (1, Gen.Int[1, 9999]));

    private static readonly Gen<LocalDate> Date =
        from year in Year
        from month in Gen.Int[1, 12]
        from day in Gen.Int[1, 31]
        select new LocalDate(year, month, Math.Min(day, CalendarSystem.Iso.GetDaysInMonth(year, month)));

    private static readonly Gen<PeriodSpec> Period =
        from kind in Gen.Int[0, 3]
        from start in Date
        from length in Gen.Int[1, 60]
        select new PeriodSpec(kind, start, length);

    private static readonly Gen<Person> Leader =
        from name in Word.Array[1, 3]
        from honorific in OrNull(Gen.OneOf("Đ/c", "Ông", "Bà", "<i>"))
        select new Person(string.Join(' ', name), honorific);

    private static readonly Gen<ScheduleEntry> Entry =
        from content in Phrase
        from unit in OrNull(Phrase)
        from leaders in Leader.Array[0, 4]
        from time in OrNull(Gen.Int[0, (24 * 60) - 1].Select(m => (LocalTime?)new LocalTime(m / 60, m % 60)))
        from location in OrNull(Phrase)
        from allDay in Gen.Bool
        from calendarOf in OrNull(Phrase)
        from fields in Gen.Select(Gen.OneOf("room", "note", "phòng", "x"), Phrase).Array[0, 2]
        select new ScheduleEntry(content, unit, leaders, time, location, allDay, calendarOf, fields.DistinctBy(f => f.Item1).Select(f => KeyValuePair.Create(f.Item1, f.Item2)));

    private static readonly Gen<SessionSpec> Session =
        from kind in Gen.Enum<SessionKind>()
        from entries in Gen.Frequency((20, Entry.Array[1, 4]), (1, Entry.Array[20, 60]))
        select new SessionSpec(kind, entries);

    private static readonly Gen<DaySpec> Day =
        from offset in Gen.Int[0, 400]
        from status in OrNull(Gen.Enum<DayStatus>().Select(s => (DayStatus?)s))
        from holiday in OrNull(Phrase)
        from written in OrNull(Gen.Int[1, 7].Select(d => (IsoDayOfWeek?)(IsoDayOfWeek)d))
        from sessions in Session.Array[0, 3]
        select new DaySpec(offset, status, holiday, written, sessions);

    private static readonly Gen<HeaderSpec> Header =
        from parents in Phrase.Array[0, 3]
        from names in Phrase.Array[1, 3]
        from abbreviation in Symbol
        from number in Gen.Frequency((1, Gen.Const<int?>((int?)null)), (6, Gen.Int[1, 999].Select(n => (int?)n)), (1, Gen.OneOf<int?>(100_000, int.MaxValue)))
        from symbol in Symbol
        from place in Phrase
        from issue in Date
        from authority in Phrase.Array[0, 2]
        from title in Phrase
        from signer in Phrase
        select new HeaderSpec(parents, names, abbreviation, number, symbol, place, issue, authority, title, signer);

    /// <summary>A valid programme's JSON, indented or not.</summary>
    public static Gen<string> Json { get; } =
        from period in Period
        from header in Header
        from tasks in Phrase.Array[0, 6]
        from recipients in Gen.Select(Phrase, OrNull(Phrase)).Array[0, 4]
        from archive in Symbol.Array[0, 2]
        from days in Day.Array[0, 6]
        from flags in Gen.Int[0, 1023]
        select Build(period, header, tasks, recipients, archive, days, flags);

    private static Gen<T?> OrNull<T>(Gen<T> gen)
        where T : class => Gen.Frequency((1, Gen.Const<T?>((T?)null)), (2, gen.Select(v => (T?)v)));

    private static Gen<T?> OrNull<T>(Gen<T?> gen)
        where T : struct => Gen.Frequency((1, Gen.Const<T?>((T?)null)), (2, gen));

    private static string Build(PeriodSpec period, HeaderSpec header, string[] tasks, (string, string?)[] recipients, string[] archive, DaySpec[] days, int flags)
    {
        try
        {
            WorkProgrammeBuilder builder = WorkProgramme.CreateBuilder(period.Build())
                .WithAgency(new IssuingAgency(header.Parents, header.Names, header.Abbreviation))
                .WithIdentity(new DocumentIdentity(header.Number, header.Symbol, header.Place, header.Issue))
                .WithSignature(new SignatureBlock(header.Authority, header.Title, header.Signer))
                .WithArchive(archive)
                .IncludeEmptyDays((flags & 1) == 0)
                .MarkAssumed((AssumedFields)((flags >> 1) & 0xF));
            if ((flags & 32) != 0 && builder.Period.Start.Year is >= 2014 and <= 2199)
            {
                builder.WithVietnameseHolidays();
            }

            if ((flags & 64) != 0)
            {
                builder.WithAbstract(header.Title).WithFocusTasksHeading(header.Place).WithScheduleHeading(header.Signer);
            }

            foreach (string task in tasks)
            {
                builder.AddFocusTask(task);
            }

            foreach ((string name, string? purpose) in recipients)
            {
                builder.AddRecipient(name, purpose);
            }

            foreach (DaySpec day in days)
            {
                day.AddTo(builder);
            }

            return WorkProgrammeJson.Serialize(builder.Build(), indented: (flags & 128) == 0);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or OverflowException)
        {
            // A combination the model refuses (a year at the end of the calendar, an entry the builder rejects): the
            // seed stands in, so every case still has a programme.
            return SeedJson;
        }
    }

    private sealed record PeriodSpec(int Kind, LocalDate Start, int Length)
    {
        public ProgrammePeriod Build() => Kind switch
        {
            0 or 1 => ProgrammePeriod.ForMonth(new YearMonth(Start.Year, Start.Month)),
            2 => ProgrammePeriod.ForWeek(Start),
            _ => ProgrammePeriod.ForInterval(new DateInterval(Start, Start.PlusDays(Length - 1))),
        };
    }

    private sealed record SessionSpec(SessionKind Kind, ScheduleEntry[] Entries);

    private sealed record DaySpec(int Offset, DayStatus? Status, string? HolidayName, IsoDayOfWeek? Written, SessionSpec[] Sessions)
    {
        public void AddTo(WorkProgrammeBuilder builder)
        {
            LocalDate date = builder.Period.Start.PlusDays(Offset % builder.Period.Dates.Length);
            builder.Day(date, day =>
            {
                if (Status is { } status)
                {
                    day.Status(status, status == DayStatus.Holiday ? HolidayName : null);
                }

                if (Written is { } weekday)
                {
                    day.Written(weekday);
                }

                foreach (SessionSpec session in Sessions)
                {
                    day.Session(session.Kind, s =>
                    {
                        foreach (ScheduleEntry entry in session.Entries)
                        {
                            s.Add(entry);
                        }
                    });
                }
            });
        }
    }

    private sealed record HeaderSpec(
        string[] Parents, string[] Names, string Abbreviation, int? Number, string Symbol, string Place, LocalDate Issue, string[] Authority, string Title, string Signer);
}
