using Course.Grading;
using Course.Grading.Release;
using Course.Notebooks.Ipynb;

namespace Course.Grading.Tests.Grading;

/// <summary><c>course check</c> in a student's copy of the course: the released notebook serves as the grader's lesson.</summary>
public sealed class ReleasedLessonTests
{
    [Fact]
    public async Task A_released_lesson_grades_the_learner_s_solution_and_answers()
    {
        var folder = FixtureLesson.TempFolder("released");
        var lessons = Path.Combine(folder, "lessons");
        Directory.CreateDirectory(lessons);
        var (student, _) = StudentRelease.Create(Notebook.Parse(FixtureLesson.Instructor()));
        student.Save(Path.Combine(lessons, FixtureLesson.Name + ".ipynb"));

        var keys = Grader.LoadLessons(lessons);
        Assert.Equal([CellRole.Setup, CellRole.Solution, CellRole.Check, CellRole.Answer, CellRole.Answer], keys[0].Cells.Select(c => c.Role));

        var work = Path.Combine(folder, "mine.ipynb");
        File.WriteAllText(work, FixtureLesson.Notebook(FixtureLesson.Cells
            .Select(c => (c.Id, c.Id == "sgd-solution" ? c.Source : SolutionRegions.Strip(c.Source).Source))
            .Select(c => c.Id == "q-nesterov" ? (c.Id, "Quiz.Ask(\"04-nesterov-trait\", \"b\")") : c)
            .Select(c => (c.Id, c.Item2.Replace("Quiz.Ask(\"03-momentum-decay\", \"\")", "Quiz.Ask(\"03-momentum-decay\", Math.Pow(0.9, 10))", StringComparison.Ordinal)))));

        var grader = new Grader(keys, new GradeLimits(TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(120), 1024), Sandbox.Bubblewrap ?? Sandbox.None, seed: null);
        var grade = await grader.GradeAsync(new Submission("me", work), TestContext.Current.CancellationToken);

        Assert.Null(grade.Error);
        Assert.Equal(FixtureLesson.Name, grade.Lesson);
        Assert.True(grade.Checks.Single(c => c.QuestionId == "sgd-step").Correct);
        Assert.True(grade.Checks.Single(c => c.QuestionId == "03-momentum-decay").Correct);
        Assert.Equal("lookahead-at-current-point", grade.Checks.Single(c => c.QuestionId == "04-nesterov-trait").Misconception);
    }
}
