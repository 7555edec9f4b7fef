using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Course.Cli.Running;

namespace Course.Cli.Commands;

/// <summary>
/// <c>course run [paths…] [--cell-timeout s] [--output dir] [--quiet]</c>: executes lessons into
/// artifacts/executed/ and renders artifacts/site/. A path that does not exist or is not a notebook, an
/// unknown option or a bad value stops it before anything is written, with one line and exit code 2.
/// </summary>
public static class RunCommand
{
    /// <summary>Builds the command.</summary>
    /// <returns>The <c>run</c> command.</returns>
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Notebooks or folders of notebooks to run (default: every notebooks/*.ipynb of the repository, in name order).",
            Arity = ArgumentArity.ZeroOrMore,
        };
        paths.Validators.Add(ValidatePaths);
        var timeout = new Option<int>("--cell-timeout")
        {
            Description = "Seconds one cell may run before it is stopped and reported.",
            DefaultValueFactory = _ => 120,
            CustomParser = ParseSeconds,
        };
        var output = new Option<string?>("--output")
        {
            Description = "Folder for executed/ and site/ (default: the repository's artifacts/).",
        };
        var quiet = new Option<bool>("--quiet", "-q")
        {
            Description = "Print only failures and the final result, no progress.",
        };
        var command = new Command("run", "Execute every lesson headless, write the executed notebooks and a static site that works offline.")
        {
            paths,
            timeout,
            output,
            quiet,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var root = RepositoryRoot.Find(Environment.CurrentDirectory);
            var request = new CourseRunRequest(
                Notebooks: CourseRunRequest.ResolveNotebooks(parse.GetValue(paths) ?? [], root),
                OutputDirectory: Path.GetFullPath(parse.GetValue(output) ?? Path.Combine(root, "artifacts")),
                CellTimeout: TimeSpan.FromSeconds(parse.GetValue(timeout)))
            {
                Quiet = parse.GetValue(quiet),
            };
            return CourseRun.ExecuteAsync(request, cancellationToken);
        });
        return command;
    }

    private static int ParseSeconds(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) || seconds <= 0)
        {
            result.AddError($"--cell-timeout must be a positive whole number of seconds, not '{text}'.");
            return 0;
        }

        return seconds;
    }

    private static void ValidatePaths(ArgumentResult result)
    {
        foreach (var token in result.Tokens.Select(t => t.Value))
        {
            if (CourseRunRequest.ProblemWith(token) is { } problem)
            {
                result.AddError(problem);
                return;
            }
        }
    }
}
