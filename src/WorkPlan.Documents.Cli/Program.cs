using NodaTime;
using WorkPlan.Documents.Cli;

CliConsole console = CliConsole.System;
IClock clock;
try
{
    clock = SourceDateEpoch.Clock(Environment.GetEnvironmentVariable(SourceDateEpoch.Variable));
}
catch (CliException ex)
{
    await console.Error.WriteLineAsync(ex.ToOneLine()).ConfigureAwait(false);
    return ex.ExitCode;
}

return await WorkplanApp.RunAsync(args, console, clock).ConfigureAwait(false);
