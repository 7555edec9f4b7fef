using System.CommandLine;
using System.Globalization;
using Course.Checks;
using Course.Grading;

namespace Course.Cli.Commands;

/// <summary>
/// <c>course check notebook.ipynb</c>: grades one notebook exactly as <c>course grade</c> would and prints the score
/// and each check's feedback, so a self-study learner gets the grader's verdict outside the editor.
/// </summary>
public static class CheckCommand
{
    /// <summary>Builds the command.</summary>
    /// <returns>The <c>check</c> command.</returns>
    public static Command Create()
    {
        var path = new Argument<string>("notebook") { Description = "Your notebook, for example notebooks/03-momentum.ipynb." };
        var options = new GradingOptions(sandboxRequired: false);
        var command = new Command("check", "Run one notebook the way the grader will and print your score.") { path };
        options.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var grades = await options.GradeAsync(parse, [parse.GetValue(path)!], jobs: 1, shard: null, cancellationToken);
            if (grades is null)
            {
                return 2;
            }

            foreach (var grade in grades)
            {
                if (grade.Error is not null)
                {
                    Console.Error.WriteLine($"check: {grade.Error}");
                    continue;
                }

                foreach (var check in grade.Checks)
                {
                    var mark = check.Correct ? "✓" : "✗";
                    var mistake = check.Misconception is not null && Misconceptions.ById.TryGetValue(check.Misconception, out var m) ? $" [{m.Title}]" : string.Empty;
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{mark} {check.QuestionId,-32} {check.Score:0.##}/{check.MaxScore:0.##}{mistake}"));
                    if (!check.Correct)
                    {
                        Console.WriteLine($"    {check.Feedback.Split('\n')[0]}");
                        foreach (var line in check.Details.Where(d => !d.Contains('✓', StringComparison.Ordinal)).Take(1).SelectMany(d => d.Split('\n')))
                        {
                            Console.WriteLine($"    {line}");
                        }
                    }
                }

                foreach (var note in grade.Notes)
                {
                    Console.WriteLine($"  note: {note}");
                }

                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{grade.Lesson}: {grade.Score:0.##} / {grade.MaxScore:0.##} ({grade.Percent:0}%)"));
            }

            return options.ExitCode(parse, grades);
        });
        return command;
    }
}
