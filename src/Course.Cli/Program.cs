using System.CommandLine;
using Course.Cli.Commands;

var root = new RootCommand("The optimizer course: run the lessons, serve them to Jupyter.");
root.Subcommands.Add(KernelCommand.Create());
return root.Parse(args).Invoke();
