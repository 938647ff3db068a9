using WorkPlan.Documents.Cli;

return await WorkplanApp.RunAsync(args, CliConsole.System).ConfigureAwait(false);
