using System.Globalization;
using Course.Checks.Exercises;
using Course.Grading.Tests.Tools;

namespace Course.Grading.Tests.Grading;

/// <summary>
/// The hostile class (<see cref="HostileRun"/>): each attack gets exactly the outcome it deserves, and every
/// honest student in the same run keeps full marks. Scores: the SGD exercise is worth 5, each quiz 1.
/// </summary>
public sealed class HostileTests(HostileRun run) : IClassFixture<HostileRun>
{
    private const double Full = 7;

    private static CheckGrade Check(SubmissionGrade grade, string id) => grade.Checks.Single(c => c.QuestionId == id);

    private SubmissionGrade Graded(string student)
    {
        if (!run.Sandboxed)
        {
            ExternalTool.Bubblewrap();
        }

        var grade = run.Of(student);
        Assert.Null(grade.Error);
        return grade;
    }

    [Theory]
    [InlineData("honest-a")]
    [InlineData("honest-b")]
    [InlineData("honest-z")]
    [InlineData("grandchild-pipes")]
    [InlineData("stderr-flood")]
    [InlineData("detached-child")]
    [InlineData("file-writes")]
    [InlineData("snooping")]
    [InlineData("native-memory")]
    public void Honest_work_keeps_full_marks_whatever_else_the_notebook_does(string student)
    {
        var grade = Graded(student);
        Assert.True(grade.Score == Full, string.Join(" | ", grade.Checks.Select(c => $"{c.QuestionId}: {c.Score} {c.Feedback} {string.Join(" / ", c.Details)}")) + " | notes: " + string.Join(" | ", grade.Notes));
        Assert.DoesNotContain(grade.Notes, n => n.Contains("did not finish", StringComparison.Ordinal) || n.Contains("ended early", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("forged-report")]
    [InlineData("formatter-thread")]
    public void A_stub_scores_nothing_however_it_forges(string student) =>
        Assert.Equal(0, Graded(student).Score);

    [Fact]
    public void A_quiz_answer_that_reflects_is_refused_and_a_shadowing_Math_is_not_the_grader_s()
    {
        var reflection = Graded("quiz-reflection");
        Assert.Equal(0, Check(reflection, "03-momentum-decay").Score);
        Assert.Equal(Full - 1, reflection.Score);
        var shadow = Graded("math-shadow");
        Assert.Equal(0, Check(shadow, "03-momentum-decay").Score); // √2, not the learner's 0.35
        Assert.Equal(Full - 1, shadow.Score);
    }

    [Theory]
    [InlineData("library-direct", "Course.Optimizers")]
    [InlineData("library-reflection", "System.Type")]
    [InlineData("hidden-cases", "System.Reflection")]
    [InlineData("directive", "directive")]
    public void Reflection_the_library_s_optimizers_and_directives_earn_zero_for_the_exercise_with_a_reason(string student, string reason)
    {
        var grade = Graded(student);
        var exercise = Check(grade, "sgd-step");
        Assert.Equal(0, exercise.Score);
        Assert.Contains(reason, exercise.Feedback, StringComparison.Ordinal);
        Assert.Equal(Full - 5, grade.Score);
    }

    [Fact]
    public void A_table_of_the_public_seed_s_answers_passes_there_and_scores_nothing_under_the_secret_seed()
    {
        var exercise = ExerciseCatalog.ById["sgd-step"];
        var table = HiddenCases.For(exercise, HiddenCases.DefaultSeed)
            .SelectMany(c => Enumerable.Range(0, c.Steps).Select(k => (exercise.Reference(c)[k][0], exercise.Reference(c)[k + 1][0])))
            .ToDictionary(p => HostileRun.Key(p.Item1), p => p.Item2);
        double[] Lookup(double[] w, double[] grad, double lr) => table.TryGetValue(HostileRun.Key(w), out var next) ? next : w;
        Assert.True(ExerciseGrader.Grade(exercise, (c, k, s) => [Lookup(s[0], c.Gradients[k], c.LearningRate)], HiddenCases.DefaultSeed, TimeSpan.FromSeconds(2)).Correct);

        Assert.Equal(0, Check(Graded("public-seed"), "sgd-step").Score);
    }

    [Fact]
    public void A_file_beyond_the_size_limit_ends_only_its_own_worker()
    {
        var grade = Graded("big-file");
        Assert.False(Check(grade, "sgd-step").Ran);
        Assert.Contains(grade.Notes, n => n.Contains("ended early", StringComparison.Ordinal));
        Assert.Equal(Full - 5, grade.Score);
    }

    [Fact]
    public void Killing_every_process_it_can_see_ends_only_its_own_worker()
    {
        var grade = Graded("kill-grader");
        Assert.False(Check(grade, "sgd-step").Ran);
        Assert.Contains(grade.Notes, n => n.Contains("ended early", StringComparison.Ordinal));
        Assert.Equal(Full - 5, grade.Score); // its quiz answers are read from its source
        Assert.All(run.Grades.Where(g => g.Student.StartsWith("honest", StringComparison.Ordinal)), g => Assert.Equal(Full, g.Score));
    }

    [Fact]
    public void No_secret_reaches_feedback()
    {
        var grade = Graded("secret-leak");
        var feedback = string.Join("\n", grade.Checks.SelectMany(c => c.Details.Append(c.Feedback)));
        Assert.Contains("threw InvalidOperationException: seed= marker= env=", feedback, StringComparison.Ordinal);
        var everything = File.ReadAllText(Path.Combine(run.Output, "grades.json")) + string.Concat(Directory.EnumerateFiles(Path.Combine(run.Output, "feedback")).Select(File.ReadAllText));
        Assert.DoesNotContain(HostileRun.Seed, everything, StringComparison.Ordinal);
        Assert.DoesNotContain(HostileRun.Marker, everything, StringComparison.Ordinal);
        Assert.DoesNotContain(run.Lessons, everything, StringComparison.Ordinal);
    }

    [Fact]
    public void Nothing_outside_the_output_folder_changes_and_nothing_rewrites_the_grades_afterwards()
    {
        if (!run.Sandboxed)
        {
            ExternalTool.Bubblewrap();
        }

        Assert.Equal(run.Before.OrderBy(p => p.Key), run.After.OrderBy(p => p.Key));
        Assert.Equal(run.GradesCsvAtWrite, File.ReadAllText(Path.Combine(run.Output, "grades.csv")));
        Assert.DoesNotContain(Directory.EnumerateFileSystemEntries(run.Output, "*", SearchOption.AllDirectories), e => e.Contains("hostile-was-here", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_submission_is_graded_within_the_notebook_timeout()
    {
        if (!run.Sandboxed)
        {
            ExternalTool.Bubblewrap();
        }

        Assert.All(run.Grades, g => Assert.DoesNotContain(g.Notes, n => n.Contains("did not finish", StringComparison.Ordinal)));
        Assert.Equal(HostileSubmissions.All(run).Count(), run.Grades.Count);
        Assert.True(run.Elapsed <= TimeSpan.FromSeconds((run.Grades.Count * 60 / 2) + 60), string.Create(CultureInfo.InvariantCulture, $"{run.Elapsed.TotalSeconds:0} s"));
    }
}
