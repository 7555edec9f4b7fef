using System.CommandLine;
using System.Globalization;
using Course.Grading;
using Course.Grading.Release;

namespace Course.Cli.Commands;

/// <summary>
/// <c>course grade submissions…</c>: re-executes every submission from scratch in its own process with the grader's
/// copy of the lessons and checks, and writes grades.csv, grades.json, feedback pages and a class report.
/// Exit code 0 when every submission was graded, 1 when some could not be (reason printed), 2 when a score is
/// below <c>--fail-under</c>.
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
        var output = new Option<string>("--output") { Description = "Folder for grades and reports.", DefaultValueFactory = _ => Path.Combine("artifacts", "grades") };
        var options = new GradingOptions();
        var command = new Command("grade", "Grade submissions: re-run each in its own process against the grader's lessons and hidden cases.") { paths, output };
        options.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var grades = await options.GradeAsync(parse, parse.GetValue(paths) ?? [], cancellationToken);
            if (grades is null)
            {
                return 1;
            }

            GradeWriter.Write(grades, parse.GetValue(output)!);
            foreach (var grade in grades)
            {
                Console.WriteLine(grade.Error is null
                    ? string.Create(CultureInfo.InvariantCulture, $"{grade.Student,-20} {grade.Lesson,-28} {grade.Score,6:0.##} / {grade.MaxScore:0.##} ({grade.Percent:0}%)")
                    : $"{grade.Student,-20} could not be graded: {grade.Error}");
            }

            Console.WriteLine($"grades written to {Path.GetFullPath(parse.GetValue(output)!)}");
            return options.ExitCode(parse, grades);
        });
        return command;
    }
}
