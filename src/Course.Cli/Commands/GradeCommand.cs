using System.CommandLine;
using System.Globalization;
using Course.Grading;

namespace Course.Cli.Commands;

/// <summary>
/// <c>course grade submissions…</c>: re-executes every submission from scratch in its own process with the grader's
/// copy of the lessons and checks, <c>--jobs</c> at a time, and writes grades.csv, grades.json, gradebook.csv,
/// Gradescope results, feedback pages and a class report. <c>--shard K/N</c> grades one slice for a batch system;
/// <c>course grade merge</c> joins the slices' outputs into the outputs of one run. Exit code 0 when every submission
/// was graded, 1 when some could not be (reason printed), 2 on bad input (one line) or when a score is below
/// <c>--fail-under</c>.
/// </summary>
public static class GradeCommand
{
    /// <summary>Builds the command.</summary>
    /// <returns>The <c>grade</c> command.</returns>
    public static Command Create()
    {
        var paths = new Argument<string[]>("submissions")
        {
            Description = "Submission notebooks, or folders of them (one subfolder per student, or one file per student).",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = OutputOption();
        var jobs = new Option<int>("--jobs", "-j") { Description = "How many submissions to grade at once (default: the number of cores).", DefaultValueFactory = _ => Environment.ProcessorCount };
        var shard = new Option<string?>("--shard") { Description = "Grade only slice K of N (K/N, such as 2/3) of the submissions, for a batch system; join the slices with `course grade merge`." };
        var options = new GradingOptions(sandboxRequired: true);
        var command = new Command("grade", "Grade submissions: re-run each in its own process against the grader's lessons and hidden cases.") { paths, output, jobs, shard };
        options.AddTo(command);
        command.Subcommands.Add(MergeCommand());
        command.SetAction(async (parse, cancellationToken) =>
        {
            Shard? slice;
            try
            {
                slice = parse.GetValue(shard) is { } text ? Shard.Parse(text) : null;
                ArgumentOutOfRangeException.ThrowIfLessThan(parse.GetValue(jobs), 1, "--jobs");
            }
            catch (ArgumentException e)
            {
                Console.Error.WriteLine($"course: {(e is ArgumentOutOfRangeException ? $"--jobs must be at least 1 (got {parse.GetValue(jobs)})" : e.Message)}");
                return 2;
            }

            var grades = await options.GradeAsync(parse, parse.GetValue(paths) ?? [], parse.GetValue(jobs), slice, cancellationToken);
            if (grades is null)
            {
                return 2;
            }

            var folder = parse.GetValue(output)!;
            GradeWriter.Write(grades, folder);
            slice?.Write(folder, grades.Select(g => g.Path));
            Print(grades, folder);
            return slice is not null && grades.Count == 0 ? 0 : options.ExitCode(parse, grades);
        });
        return command;
    }

    private static Command MergeCommand()
    {
        var shards = new Argument<string[]>("shards") { Description = "The output folders of every shard of one run (`course grade --shard K/N --output …`).", Arity = ArgumentArity.OneOrMore };
        var output = OutputOption();
        var command = new Command("merge", "Join the outputs of every shard of a run into the outputs one run over all submissions would write.") { shards, output };
        command.SetAction(parse =>
        {
            var folders = parse.GetValue(shards) ?? [];
            var folder = parse.GetValue(output)!;
            IReadOnlyList<SubmissionGrade> grades;
            try
            {
                if (folders.Any(f => Path.GetFullPath(f).TrimEnd(Path.DirectorySeparatorChar) == Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar)))
                {
                    throw new InvalidDataException($"--output {folder} is one of the shard folders; merge into a new folder so no shard's files are overwritten");
                }

                grades = ShardMerge.Read(folders);
            }
            catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"course: {e.Message}");
                return 2;
            }

            GradeWriter.Write(grades, folder);
            Print(grades, folder);
            return grades.Count == 0 || grades.Any(g => g.Error is not null) ? 1 : 0;
        });
        return command;
    }

    private static Option<string> OutputOption() =>
        new("--output") { Description = "Folder for grades and reports.", DefaultValueFactory = _ => Path.Combine("artifacts", "grades") };

    private static void Print(IReadOnlyList<SubmissionGrade> grades, string folder)
    {
        foreach (var grade in GradesFile.Ordered(grades))
        {
            Console.WriteLine(grade.Error is null
                ? string.Create(CultureInfo.InvariantCulture, $"{grade.Student,-20} {grade.Lesson,-28} {grade.Score,6:0.##} / {grade.MaxScore:0.##} ({grade.Percent:0}%)")
                : $"{grade.Student,-20} could not be graded: {grade.Error}");
        }

        Console.WriteLine($"grades written to {Path.GetFullPath(folder)}");
    }
}
