using System.CommandLine;
using Course.Cli.Commands;

// `course <command>`: each command lives in its own file under Commands/ and is added here.
var root = new RootCommand("The optimizer course: run the lessons, serve them to Jupyter, grade submissions.");
root.Subcommands.Add(RunCommand.Create());
root.Subcommands.Add(KernelCommand.Create());
return await root.Parse(args).InvokeAsync();
