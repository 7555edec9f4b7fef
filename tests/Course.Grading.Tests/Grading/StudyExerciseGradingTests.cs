using Course.Grading;

namespace Course.Grading.Tests.Grading;

/// <summary>
/// Lesson 09's study exercises (a paired comparison, a learning-rate sensitivity, a recorded path) through the grader's
/// trust boundary: the sandboxed worker calls the learner's functions on the hidden inputs, and the grader judges what
/// comes back against the library's reference with a secret seed.
/// </summary>
public sealed class StudyExerciseGradingTests
{
    private const string Paired = """
        using MathNet.Numerics.Distributions;
        (double Mean, double Low, double High) MyPairedDifference(double[] a, double[] b)
        {
            // BEGIN SOLUTION Mean of the differences ± t·s/√n.
            var d = a.Select((x, i) => x - b[i]).ToArray();
            var mean = d.Average();
            var half = StudentT.InvCDF(0, 1, d.Length - 1, 0.975) * Math.Sqrt(d.Sum(x => (x - mean) * (x - mean)) / (d.Length - 1) / d.Length);
            return (mean, mean - half, mean + half);
            // END SOLUTION
        }
        """;

    private const string Sensitivity = """
        (double BestLearningRate, double Decades) MySensitivity(double[] learningRates, double[] losses, double tolerance)
        {
            // BEGIN SOLUTION Best finite loss, then the width of the rates within the tolerance.
            var usable = Enumerable.Range(0, losses.Length).Where(i => double.IsFinite(losses[i])).ToArray();
            var best = usable.MinBy(i => losses[i]);
            var good = usable.Where(i => losses[i] <= (1 + tolerance) * losses[best]).Select(i => learningRates[i]).ToArray();
            return (learningRates[best], Math.Log10(good.Max() / good.Min()));
            // END SOLUTION
        }
        """;

    private const string Path = """
        double[][] MyTrajectory(Func<double[], double[]> gradientAt, Action<double[], double[]> step, double[] start, int steps)
        {
            // BEGIN SOLUTION Start, then a copy after every step.
            var w = (double[])start.Clone();
            var path = new List<double[]> { (double[])w.Clone() };
            for (var t = 0; t < steps; t++) { step(w, gradientAt(w)); path.Add((double[])w.Clone()); }
            return path.ToArray();
            // END SOLUTION
        }
        """;

    private static readonly (string Id, string Source)[] Cells =
    [
        ("setup", "using Course.Checks;"),
        ("paired-solution", Paired),
        ("paired-check", "Exercise.Check(\"paired-difference\", MyPairedDifference)"),
        ("sensitivity-solution", Sensitivity),
        ("sensitivity-check", "Exercise.Check(\"lr-sensitivity\", MySensitivity)"),
        ("path-solution", Path),
        ("path-check", "Exercise.Check(\"trajectory\", MyTrajectory)"),
    ];

    [Fact]
    public async Task Correct_solutions_earn_every_point_and_a_path_of_aliased_points_is_named()
    {
        var folder = FixtureLesson.TempFolder("study-exercises");
        var lessons = System.IO.Path.Combine(folder, "lessons");
        Directory.CreateDirectory(lessons);
        File.WriteAllText(System.IO.Path.Combine(lessons, "09-study.ipynb"), FixtureLesson.Notebook(Cells));
        var correct = System.IO.Path.Combine(folder, "correct.ipynb");
        File.WriteAllText(correct, FixtureLesson.Notebook(Cells));
        var wrong = System.IO.Path.Combine(folder, "wrong.ipynb");
        File.WriteAllText(wrong, FixtureLesson.Notebook(Cells.Select(c => c.Id == "path-solution"
            ? (c.Id, c.Source.Replace("path.Add((double[])w.Clone());", "path.Add(w);", StringComparison.Ordinal))
            : c)));

        var grader = new Grader(Grader.LoadLessons(lessons), new GradeLimits(TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(150), 1024), Sandbox.Bubblewrap ?? Sandbox.None, seed: "study-secret");
        var right = await grader.GradeAsync(new Submission("right", correct), TestContext.Current.CancellationToken);
        var mistaken = await grader.GradeAsync(new Submission("mistaken", wrong), TestContext.Current.CancellationToken);

        Assert.Null(right.Error);
        Assert.All(right.Checks, c => Assert.True(c.Correct, $"{c.QuestionId}: {c.Feedback}"));
        Assert.Equal(["lr-sensitivity", "paired-difference", "trajectory"], right.Checks.Select(c => c.QuestionId).Order(StringComparer.Ordinal));
        Assert.True(right.Checks.All(c => c.Score == c.MaxScore && c.MaxScore > 0));

        var path = mistaken.Checks.Single(c => c.QuestionId == "trajectory");
        Assert.False(path.Correct);
        Assert.Equal("path-aliases-point", path.Misconception);
        Assert.True(mistaken.Checks.Single(c => c.QuestionId == "paired-difference").Correct);
    }
}
