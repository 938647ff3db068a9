using WorkPlan.Documents.Cli.Batch;
using WorkPlan.Documents.Cli.Tests.Infrastructure;

namespace WorkPlan.Documents.Cli.Tests.Batch;

public class BatchInputsTests
{
    [Fact]
    public void A_folder_stands_for_its_json_files_but_header_files_in_name_order_and_repeats_are_dropped()
    {
        using var temp = new TempFolder();
        string b = temp.Write("plans/b.json", "{}");
        string a = temp.Write("plans/a.json", "{}");
        temp.Write("plans/notes.txt", "x");
        temp.Write("plans/a.header.json", "{}");
        temp.Write("plans/deeper/c.json", "{}");

        IReadOnlyList<string> inputs = BatchInputs.Expand([temp["plans"], a]);

        Assert.Equal([a, b], inputs);
    }

    [Fact]
    public void A_missing_path_is_an_input_error_naming_it()
    {
        CliException error = Assert.Throws<CliException>(() => BatchInputs.Expand(["no/such/plan.json"]));

        Assert.Equal(ExitCodes.InvalidInput, error.ExitCode);
        Assert.Equal("no/such/plan.json: error: file or folder not found.", error.ToOneLine());
    }

    [Fact]
    public void A_folder_without_programmes_is_an_input_error()
    {
        using var temp = new TempFolder();
        temp.Write("empty/readme.txt", "x");

        CliException error = Assert.Throws<CliException>(() => BatchInputs.Expand([temp["empty"]]));

        Assert.Equal($"{temp["empty"]}: error: the folder holds no programme (.json) file.", error.ToOneLine());
    }

    [Fact]
    public void Two_inputs_that_would_write_the_same_documents_are_refused_before_rendering()
    {
        using var temp = new TempFolder();
        string first = temp.Write("a/plan.json", "{}");
        string second = temp.Write("b/Plan.json", "{}");

        CliException error = Assert.Throws<CliException>(() => BatchInputs.Expand([first, second]));

        Assert.Equal(ExitCodes.Usage, error.ExitCode);
        Assert.Equal($"{second}: error: has the same name as {first}; both would write Plan.docx/.html. Rename one or render them into different folders.", error.ToOneLine());
    }
}
