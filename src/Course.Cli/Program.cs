using System.CommandLine;
using Course.Cli.Commands;

// `course <command>`: each command lives in its own file under Commands/ and is added here.
var root = new RootCommand("The optimizer course: run the lessons, serve them to Jupyter, release and grade workshops.");
root.Subcommands.Add(RunCommand.Create());
root.Subcommands.Add(KernelCommand.Create());
root.Subcommands.Add(ReleaseCommand.Create());
root.Subcommands.Add(StartCommand.Create());
root.Subcommands.Add(ProgressCommand.Create());
root.Subcommands.Add(GradeCommand.Create());
root.Subcommands.Add(CheckCommand.Create());
root.Subcommands.Add(BrowserCommand.Create());
var parse = root.Parse(args);
return parse.Errors.Count > 0 ? CommandErrors.ReportParseError(parse) : await parse.InvokeAsync();
