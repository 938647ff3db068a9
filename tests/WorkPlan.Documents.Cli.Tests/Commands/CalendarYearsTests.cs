using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using WorkPlan.Documents.Cli.Tests.Infrastructure;

namespace WorkPlan.Documents.Cli.Tests.Commands;

/// <summary>
/// Months outside the years the holiday calendar covers (2014 to 2199): <c>new</c> refuses them as an input error
/// naming the years, and <c>check</c> still checks a programme of such a month; both used to end in exit 70.
/// </summary>
public class CalendarYearsTests
{
    [Theory]
    [InlineData("2200-01")]
    [InlineData("0001-01")]
    [InlineData("1899-12")]
    [InlineData("1900-01")]
    [InlineData("9999-12")]
    [InlineData("2013-12")]
    public void New_for_a_month_outside_the_calendars_years_is_an_input_error_naming_them(string month)
    {
        using var temp = new TempFolder();

        CliRun run = Workplan.Run("new", "--month", month, "-o", temp["plan.json"]);

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Equal([$"error: --month {month} is outside the years the holiday calendar covers, 2014 to 2199; scaffold a month of those years."], run.ErrorLines);
        Assert.Empty(temp.Files());
    }

    [Theory]
    [InlineData("2014-01")]
    [InlineData("2199-12")]
    public void New_for_the_first_and_last_months_of_the_calendar_succeeds(string month)
    {
        CliRun run = Workplan.Run("new", "--month", month);

        Assert.True(run.ExitCode == 0, run.ToString());
    }

    [Theory]
    [InlineData(2013)]
    [InlineData(2200)]
    public void Check_of_a_programme_outside_the_calendars_years_judges_missing_days_by_weekends_and_says_so(int year)
    {
        using var temp = new TempFolder();
        string plan = temp.Write("plan.json", SeedIn(year, droppedLastDays: 3));

        CliRun run = Workplan.Run("check", plan);

        Assert.True(run.ExitCode == 0, run.ToString());
        string[] json = File.ReadAllLines(plan);
        int line = Array.FindIndex(json, l => l.StartsWith("  \"period\":", StringComparison.Ordinal)) + 1;
        int column = json[line - 1].IndexOf('{', StringComparison.Ordinal) + 1;
        string[] output = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(
            $"{plan}({line},{column}): information WP012: Holidays could not be checked for {year}: the Vietnamese holiday calendar covers 2014 to 2199, "
            + $"so the days of {year} missing from the schedule were judged by weekends alone. Fix: List every day of the period in the schedule with its status.",
            output[0]);
        Assert.Equal(1, output.Count(l => l.Contains(" WP012: ", StringComparison.Ordinal)));
        int droppedWeekdays = Enumerable.Range(29, 3).Count(d => new NodaTime.LocalDate(year, 5, d).DayOfWeek < NodaTime.IsoDayOfWeek.Saturday);
        Assert.Equal(droppedWeekdays, output.Count(l => l.Contains(" WP007: ", StringComparison.Ordinal) && l.Contains("is missing from the schedule", StringComparison.Ordinal)));
    }

    /// <summary>The seed moved to May of <paramref name="year"/>, without its written weekdays and its last days.</summary>
    private static string SeedIn(int year, int droppedLastDays)
    {
        JsonObject programme = JsonNode.Parse(File.ReadAllText(Seed.Json))!.AsObject();
        string month = year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture) + "-05";
        programme["period"]!["month"] = month;
        programme["identity"]!["issueDate"] = month + "-07";
        JsonArray days = programme["schedule"]!["days"]!.AsArray();
        foreach (JsonObject day in days.Select(d => d!.AsObject()))
        {
            day["date"] = month + day["date"]!.GetValue<string>()[7..];
            day.Remove("writtenWeekday");
        }

        for (int i = 0; i < droppedLastDays; i++)
        {
            days.RemoveAt(days.Count - 1);
        }

        return programme.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }
}
