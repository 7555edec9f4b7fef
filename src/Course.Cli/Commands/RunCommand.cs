using System.CommandLine;
using Course.Cli.Running;

namespace Course.Cli.Commands;

/// <summary><c>course run [paths…]</c>: executes lessons into artifacts/executed/ and renders artifacts/site/.</summary>
public static class RunCommand
{
    /// <summary>Builds the command.</summary>
    /// <returns>The <c>run</c> command.</returns>
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Notebooks to run (default: every notebooks/*.ipynb of the repository, in name order).",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var timeout = new Option<int>("--cell-timeout")
        {
            Description = "Seconds one cell may run before it is stopped and reported.",
            DefaultValueFactory = _ => 120,
        };
        timeout.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() <= 0)
            {
                result.AddError("--cell-timeout must be a positive number of seconds.");
            }
        });
        var output = new Option<string?>("--output")
        {
            Description = "Folder for executed/ and site/ (default: the repository's artifacts/).",
        };
        var command = new Command("run", "Execute every lesson headless, write the executed notebooks and a static site that works offline.")
        {
            paths,
            timeout,
            output,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var root = RepositoryRoot.Find(Environment.CurrentDirectory);
            var request = new CourseRunRequest(
                Notebooks: CourseRunRequest.ResolveNotebooks(parse.GetValue(paths) ?? [], root),
                OutputDirectory: Path.GetFullPath(parse.GetValue(output) ?? Path.Combine(root, "artifacts")),
                CellTimeout: TimeSpan.FromSeconds(parse.GetValue(timeout)));
            return CourseRun.ExecuteAsync(request, cancellationToken);
        });
        return command;
    }
}
