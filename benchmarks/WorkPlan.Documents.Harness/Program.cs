namespace WorkPlan.Documents.Harness;

/// <summary>
/// <c>dotnet run -c Release --project benchmarks/WorkPlan.Documents.Harness -- cold-start|bulk|peak [options]</c>;
/// prints a Markdown table. <c>render-once FORMAT INPUT OUTPUT</c> is the child process cold start measures.
/// </summary>
public static class Program
{
    /// <summary>Entry point.</summary>
    /// <param name="args">The command line.</param>
    /// <returns>0 on success, 1 on a failed measurement, 2 on a usage error.</returns>
    public static int Main(string[] args)
    {
        if (args.Length == 4 && args[0] == "render-once")
        {
            RenderOnce.Run(args[1], args[2], args[3]);
            return 0;
        }

        HarnessOptions options;
        try
        {
            options = HarnessOptions.Parse(args);
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine(e.Message);
            return 2;
        }

        try
        {
            switch (options.Command)
            {
                case "cold-start":
                    ColdStart.Run(options, Console.Out);
                    break;
                case "peak":
                    PeakMemory.Run(options, Console.Out);
                    break;
                default:
                    Bulk.Run(options, Console.Out);
                    break;
            }

            return 0;
        }
        catch (InvalidOperationException e)
        {
            Console.Error.WriteLine(e.Message);
            return 1;
        }
    }
}
