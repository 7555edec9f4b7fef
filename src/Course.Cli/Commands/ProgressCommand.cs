using System.CommandLine;
using System.Globalization;
using Course.Checks.Sessions;
using Course.Cli.Learner;
using Course.Cli.Running;
using Spectre.Console;

namespace Course.Cli.Commands;

/// <summary>
/// <c>course progress [folder]</c>: how far a learner has got, read from the check results saved in their notebooks
/// (default: <c>my-course/</c>), as a table of checks passed, failed and not tried per lesson. Runs nothing.
/// </summary>
public static class ProgressCommand
{
    /// <summary>Builds the command.</summary>
    /// <returns>The <c>progress</c> command.</returns>
    public static Command Create()
    {
        var folder = new Argument<string?>("folder")
        {
            Description = $"Your copy of the course (default: {LearnerEdition.DefaultFolder}/ in the repository).",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var command = new Command("progress", "Show, per lesson, the checks you passed, failed and have not tried yet, from your saved notebooks. Runs nothing.")
        {
            folder,
        };
        command.SetAction(parse => Run(
            parse.GetValue(folder) ?? Path.Combine(RepositoryRoot.Find(Environment.CurrentDirectory), LearnerEdition.DefaultFolder),
            Console.Out,
            Console.Error));
        return command;
    }

    /// <summary>Prints the progress table of <paramref name="folder"/>.</summary>
    /// <param name="folder">The learner's copy.</param>
    /// <param name="stdout">Where the table goes.</param>
    /// <param name="stderr">Where a problem goes, in one line.</param>
    /// <returns>0 when the table was printed; 2 when the folder is missing or holds no lessons.</returns>
    public static int Run(string folder, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        IReadOnlyList<LessonProgress> lessons;
        try
        {
            lessons = LearnerProgress.Read(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            stderr.WriteLine($"progress: {e.Message}");
            return 2;
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(stdout),
            Ansi = ReferenceEquals(stdout, Console.Out) ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = ReferenceEquals(stdout, Console.Out) ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        });
        var table = new Table().Title(Markup.Escape($"Your progress in {folder}"))
            .AddColumn("Lesson")
            .AddColumn(new TableColumn("✓ passed").RightAligned())
            .AddColumn(new TableColumn("✗ failed").RightAligned())
            .AddColumn(new TableColumn("… not tried").RightAligned())
            .AddColumn("next to look at");
        foreach (var lesson in lessons)
        {
            if (lesson.Problem is { } problem)
            {
                table.AddRow(Markup.Escape(lesson.Lesson), "-", "-", "-", Markup.Escape(problem));
                continue;
            }

            var next = lesson.Checks.Where(c => c.Standing == CheckStanding.Failed).Concat(lesson.Checks.Where(c => c.Standing == CheckStanding.NotTried)).Select(c => c.Id).Take(3).ToArray();
            table.AddRow(
                Markup.Escape(lesson.Lesson),
                Number(lesson.Count(CheckStanding.Passed)),
                Number(lesson.Count(CheckStanding.Failed)),
                Number(lesson.Count(CheckStanding.NotTried)),
                lesson.Checks.Count == 0 ? "no checks" : next.Length == 0 ? "all done" : Markup.Escape(string.Join(", ", next)));
        }

        var all = lessons.SelectMany(l => l.Checks).ToArray();
        table.AddRow(
            "[bold]all lessons[/]",
            Number(all.Count(c => c.Standing == CheckStanding.Passed)),
            Number(all.Count(c => c.Standing == CheckStanding.Failed)),
            Number(all.Count(c => c.Standing == CheckStanding.NotTried)),
            string.Empty);
        console.Write(table);
        return 0;
    }

    private static string Number(int count) => count.ToString(CultureInfo.InvariantCulture);
}
