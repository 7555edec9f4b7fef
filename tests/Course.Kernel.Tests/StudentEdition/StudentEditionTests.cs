using Course.Kernel.Tests.Infrastructure;

namespace Course.Kernel.Tests.StudentEdition;

/// <summary>
/// The student edition (<c>course release</c>) runs top to bottom with no exercise solved — every cell after an
/// exercise goes on with the library's version and says so — through <c>course run</c> and through the kernel
/// (<c>jupyter nbconvert --execute</c>); and with a wrong solution it runs to the end too, its check card naming the
/// mistake. The ten lessons are released once and each run once.
/// </summary>
public sealed class StudentEditionTests(ReleasedCourse course) : IClassFixture<ReleasedCourse>
{
    [Fact]
    public void Every_released_lesson_runs_to_the_end_through_course_run_with_nothing_solved()
    {
        var output = Path.Combine(course.Root, "run");
        var ran = RunCourse(["run", .. ReleasedLessons(course.Released), "--output", output]);

        Assert.True(ran.ExitCode == 0, $"course run failed:\n{ran.StandardOutput}\n{ran.StandardError}");
        AssertFinishedWithEveryChart(Path.Combine(output, "executed"));
    }

    [Fact]
    public void Every_released_lesson_runs_to_the_end_through_the_kernel_with_nothing_solved()
    {
        RequiredTools.Require(RequiredTools.NbconvertMissing.Value);
        using var sandbox = new JupyterSandbox();
        var output = Path.Combine(course.Root, "nbconvert");
        var converted = ProcessRunner.Run(
            RequiredTools.Python,
            ["-m", "nbconvert", "--to", "notebook", "--execute", "--ExecutePreprocessor.kernel_name=course-csharp",
             "--ExecutePreprocessor.timeout=600", "--output-dir", output, .. ReleasedLessons(course.Released)],
            TimeSpan.FromMinutes(30),
            sandbox.Environment);

        Assert.True(converted.ExitCode == 0, $"nbconvert failed:\n{converted.StandardError}");
        AssertFinishedWithEveryChart(output);
    }

    [Fact]
    public void The_released_lessons_show_every_cell_the_instructor_version_collapses()
    {
        var instructorCollapsed = course.Lessons.Sum(l => File.ReadAllText(l).Split("\"source_hidden\": true").Length - 1);

        Assert.True(instructorCollapsed >= 20, $"the instructor notebooks collapse their solution and answer cells ({instructorCollapsed} found)");
        Assert.All(ReleasedLessons(course.Released), l => Assert.DoesNotContain("source_hidden", File.ReadAllText(l), StringComparison.Ordinal));
    }

    [Fact]
    public void A_wrong_solution_runs_to_the_end_and_its_check_card_names_the_mistake()
    {
        var output = Path.Combine(course.Root, "wrong-run");
        var ran = RunCourse(["run", .. ReleasedLessons(course.Wrong), "--output", output]);

        Assert.True(ran.ExitCode == 0, $"course run failed:\n{ran.StandardOutput}\n{ran.StandardError}");
        var momentum = new ExecutedLesson(Path.Combine(output, "executed", "03-momentum.ipynb"));
        var adam = new ExecutedLesson(Path.Combine(output, "executed", "07-adam.ipynb"));
        foreach (var lesson in new[] { momentum, adam })
        {
            Assert.Empty(lesson.Errors);
            Assert.Equal(lesson.ChartCellsBySource, lesson.ChartCellsDrawn);
        }

        Assert.Contains("Likely mistake: Wrong sign", momentum.CheckCard("momentum-step"), StringComparison.Ordinal);
        Assert.Contains("✗ momentum-step (exercise): failed, 0 / 5 — Wrong sign", momentum.ProgressCard, StringComparison.Ordinal);
        Assert.Contains("✗ adam-step (exercise): failed", adam.ProgressCard, StringComparison.Ordinal);
        Assert.Contains("Your MyMomentumStep has a mistake: Wrong sign", momentum.Streams, StringComparison.Ordinal);
        Assert.Contains("Likely mistake: No bias correction", adam.CheckCard("adam-step"), StringComparison.Ordinal);
        Assert.Contains("Your MyAdamStep has a mistake: No bias correction", adam.Streams, StringComparison.Ordinal);
    }

    /// <summary>The course command line with room for ten lessons on a loaded machine (CourseCli.Run allows 5 minutes).</summary>
    private static ProcessResult RunCourse(string[] arguments) =>
        ProcessRunner.Run("dotnet", [CourseCli.Assembly, .. arguments], TimeSpan.FromMinutes(30));

    private static string[] ReleasedLessons(string folder) =>
        Directory.GetFiles(folder, "*.ipynb").Order(StringComparer.Ordinal).ToArray();

    private void AssertFinishedWithEveryChart(string executedFolder)
    {
        var lessons = course.Lessons.Select(l => new ExecutedLesson(Path.Combine(executedFolder, Path.GetFileName(l)))).ToArray();
        Assert.Equal(Directory.GetFiles(executedFolder, "*.ipynb").Length, lessons.Length);
        Assert.Empty(lessons.SelectMany(l => l.Errors));
        foreach (var lesson in lessons)
        {
            Assert.Equal(lesson.ChartCellsBySource, lesson.ChartCellsDrawn);

            // Nothing solved, nothing answered: the progress card says so for every check, and nothing is "failed".
            Assert.Contains($"this session: 0 passed · 0 failed · {lesson.CheckCount} not tried (of {lesson.CheckCount})", lesson.ProgressCard, StringComparison.Ordinal);
        }

        Assert.True(lessons.Sum(l => l.ChartCellsDrawn.Count()) >= 30, "the lessons draw at least 30 charts between them");

        // Every lesson that goes on with a learner's function says that it uses the library's version instead.
        var fallbacks = lessons.Where(l => l.Streams.Contains("is not finished yet, so the cells below use the library's version", StringComparison.Ordinal));
        Assert.Equal(["01-gradient-descent.ipynb", "03-momentum.ipynb", "04-nesterov.ipynb", "05-adagrad.ipynb", "06-rmsprop.ipynb", "07-adam.ipynb", "08-adamw.ipynb", "09-putting-it-together.ipynb"], fallbacks.Select(l => l.Name));
    }
}
