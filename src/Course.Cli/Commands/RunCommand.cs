using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Course.Cli.Running;
using Course.Notebooks.Execution;

namespace Course.Cli.Commands;

/// <summary>
/// <c>course run [paths…] [--cell-timeout s] [--output dir] [--jobs n] [--timings] [--no-cache] [--quiet]</c>: executes lessons into
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
            CustomParser = PositiveWholeNumber("--cell-timeout", "seconds"),
        };
        var output = new Option<string?>("--output")
        {
            Description = "Folder for executed/ and site/ (default: the repository's artifacts/).",
        };
        var quiet = new Option<bool>("--quiet", "-q")
        {
            Description = "Print only failures and the final result, no progress.",
        };
        var jobs = new Option<int>("--jobs", "-j")
        {
            Description = "How many lessons run at the same time (default: one per processor; notebooks from different folders run one at a time).",
            DefaultValueFactory = _ => Environment.ProcessorCount,
            CustomParser = PositiveWholeNumber("--jobs", "lessons"),
        };
        var timings = new Option<bool>("--timings")
        {
            Description = "Print where the time went: per lesson, the engine's phases (first script state, compile, run, format).",
        };
        var noCache = new Option<bool>("--no-cache")
        {
            Description = "Compile every cell, without reading or writing the compiled-cell cache ($XDG_CACHE_HOME/course/cells).",
        };
        var command = new Command("run", "Execute every lesson headless, write the executed notebooks and a static site that works offline.")
        {
            paths,
            timeout,
            output,
            jobs,
            timings,
            noCache,
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
                Jobs = parse.GetValue(jobs),
                Timings = parse.GetValue(timings),
                CacheDirectory = parse.GetValue(noCache) ? null : CompiledCellCache.DefaultDirectory,
            };
            return CourseRun.ExecuteAsync(request, cancellationToken);
        });
        return command;
    }

    /// <summary>A parser that accepts a positive whole number and otherwise reports one line naming the option.</summary>
    private static Func<ArgumentResult, int> PositiveWholeNumber(string option, string unit) => result =>
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value <= 0)
        {
            result.AddError($"{option} must be a positive whole number of {unit}, not '{text}'.");
            return 0;
        }

        return value;
    };

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
