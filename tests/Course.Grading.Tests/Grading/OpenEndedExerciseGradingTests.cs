using Course.Grading;

namespace Course.Grading.Tests.Grading;

/// <summary>
/// The open-ended exercises of lesson 09 (a warmup-then-cosine schedule and Lion's step) through the grader's trust
/// boundary: the worker returns what the learner's function gives on the hidden inputs, and the grader judges it
/// against the library's reference with a secret seed.
/// </summary>
public sealed class OpenEndedExerciseGradingTests
{
    private const string Schedule = """
        double MyWarmupCosine(int step, int warmupSteps, int totalSteps, double peakLr, double startLr, double minLr)
        {
            // BEGIN SOLUTION Ramp, then half a cosine to minLr, then hold.
            if (step < warmupSteps) return startLr + (peakLr - startLr) * step / warmupSteps;
            if (step >= totalSteps) return minLr;
            var progress = (double)(step - warmupSteps) / (totalSteps - warmupSteps);
            return minLr + (peakLr - minLr) * (1 + Math.Cos(Math.PI * progress)) / 2;
            // END SOLUTION
        }
        """;

    private const string Lion = """
        (double[] W, double[] M) MyLionStep(double[] w, double[] m, double[] grad, double lr, double beta1, double beta2, double weightDecay)
        {
            // BEGIN SOLUTION Sign of the beta1 interpolation, decoupled decay, then beta2 momentum.
            var c = m.Select((x, i) => beta1 * x + (1 - beta1) * grad[i]).ToArray();
            var newW = w.Select((x, i) => x - lr * (Math.Sign(c[i]) + weightDecay * x)).ToArray();
            return (newW, m.Select((x, i) => beta2 * x + (1 - beta2) * grad[i]).ToArray());
            // END SOLUTION
        }
        """;

    private static readonly (string Id, string Source)[] Cells =
    [
        ("setup", "using Course.Checks;"),
        ("schedule-solution", Schedule),
        ("schedule-check", "Exercise.Check(\"warmup-cosine\", MyWarmupCosine)"),
        ("lion-solution", Lion),
        ("lion-check", "Exercise.Check(\"lion-step\", MyLionStep)"),
    ];

    [Fact]
    public async Task Correct_solutions_earn_every_point_and_a_schedule_that_decays_to_zero_is_named()
    {
        var folder = FixtureLesson.TempFolder("open-ended");
        var lessons = Path.Combine(folder, "lessons");
        Directory.CreateDirectory(lessons);
        File.WriteAllText(Path.Combine(lessons, "09-open-ended.ipynb"), FixtureLesson.Notebook(Cells));
        var correct = Path.Combine(folder, "correct.ipynb");
        File.WriteAllText(correct, FixtureLesson.Notebook(Cells));
        var wrong = Path.Combine(folder, "wrong.ipynb");
        File.WriteAllText(wrong, FixtureLesson.Notebook(Cells.Select(c => c.Id == "schedule-solution"
            ? (c.Id, c.Source
                .Replace("minLr + (peakLr - minLr) * (1 + Math.Cos", "peakLr * (1 + Math.Cos", StringComparison.Ordinal)
                .Replace("return minLr;", "return 0;", StringComparison.Ordinal))
            : c)));

        var grader = new Grader(Grader.LoadLessons(lessons), new GradeLimits(TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(150), 1024), Sandbox.Bubblewrap ?? Sandbox.None, seed: "open-ended-secret");
        var right = await grader.GradeAsync(new Submission("right", correct), TestContext.Current.CancellationToken);
        var mistaken = await grader.GradeAsync(new Submission("mistaken", wrong), TestContext.Current.CancellationToken);

        Assert.Null(right.Error);
        Assert.All(right.Checks, c => Assert.True(c.Correct, $"{c.QuestionId}: {c.Feedback}"));
        Assert.Equal(["lion-step", "warmup-cosine"], right.Checks.Select(c => c.QuestionId).Order(StringComparer.Ordinal));
        Assert.True(right.Checks.All(c => c.Score == c.MaxScore && c.MaxScore > 0));

        var schedule = mistaken.Checks.Single(c => c.QuestionId == "warmup-cosine");
        Assert.False(schedule.Correct);
        Assert.Equal("cosine-ignores-minimum", schedule.Misconception);
        Assert.True(mistaken.Checks.Single(c => c.QuestionId == "lion-step").Correct);
    }
}
