using System.CommandLine;
using Course.Cli.Learner;
using Course.Cli.Running;
using Course.Grading.Release;

namespace Course.Cli.Commands;

/// <summary>
/// <c>course start [--output my-course]</c>: gives a self-learner their own copy of the lessons (solutions stubbed,
/// answers blank) outside the instructor's <c>notebooks/</c>. Run again, it adds only the lessons that are missing
/// and never writes over one the learner already has.
/// </summary>
public static class StartCommand
{
    /// <summary>Builds the command.</summary>
    /// <returns>The <c>start</c> command.</returns>
    public static Command Create()
    {
        var output = new Option<string?>("--output")
        {
            Description = $"Folder for your copy (default: {LearnerEdition.DefaultFolder}/ in the repository).",
        };
        var command = new Command("start", "Make your own copy of the lessons to work in: exercises to write, questions to answer. Never overwrites your work.")
        {
            output,
        };
        command.SetAction(parse =>
        {
            var root = RepositoryRoot.Find(Environment.CurrentDirectory);
            return Run(Path.Combine(root, "notebooks"), parse.GetValue(output) ?? Path.Combine(root, LearnerEdition.DefaultFolder), Console.Out, Console.Error);
        });
        return command;
    }

    /// <summary>Starts (or tops up) the learner's copy in <paramref name="output"/>.</summary>
    /// <param name="notebooks">The instructor's lesson folder.</param>
    /// <param name="output">The learner's folder.</param>
    /// <param name="stdout">Where the summary goes.</param>
    /// <param name="stderr">Where a problem goes, in one line.</param>
    /// <returns>0 on success; 2 on bad input (the folder is a file, inside notebooks/, or there are no lessons).</returns>
    public static int Run(string notebooks, string output, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        IReadOnlyList<string> added, kept;
        try
        {
            (added, kept) = LearnerEdition.Start(notebooks, output);
        }
        catch (Exception e) when (e is ArgumentException or IOException or UnauthorizedAccessException or ReleaseException or FormatException or System.Text.Json.JsonException)
        {
            stderr.WriteLine($"start: {e.Message.Split('\n')[0].Trim()}");
            return 2;
        }

        var relative = Path.GetRelativePath(Environment.CurrentDirectory, Path.GetFullPath(output));
        var shown = relative.StartsWith("..", StringComparison.Ordinal) ? Path.GetFullPath(output) : relative;
        if (added.Count == 0)
        {
            stdout.WriteLine($"Your copy in {shown}/ already has all {kept.Count} lessons; nothing was added and nothing was overwritten.");
            return 0;
        }

        stdout.WriteLine(kept.Count == 0
            ? $"Your copy of the course is in {shown}/: {added.Count} lessons with the exercises to write and the questions to answer."
            : $"Added {added.Count} missing lesson{(added.Count == 1 ? string.Empty : "s")} to {shown}/: {string.Join(", ", added)}. Kept your {kept.Count} lesson{(kept.Count == 1 ? string.Empty : "s")} as they are.");
        stdout.WriteLine($"Open {Path.Combine(shown, added.Concat(kept).Order(StringComparer.Ordinal).First())} in VS Code or Jupyter and run the cells (kernel: C# (course)).");
        return 0;
    }
}
