using Course.Checks;
using Course.Optimizers;
using Course.Surfaces;
using MathNet.Numerics.Distributions;

namespace Course.Tests.Checks;

/// <summary>
/// The three study exercises of lesson 09 (the source's coding exercises 2–4), graded by behaviour on hidden cases:
/// solutions written here by hand, independently of the checker's reference, pass; each usual slip, written by hand,
/// fails with its mistake named.
/// </summary>
public sealed class StudyExerciseTests
{
    private static (double Mean, double Low, double High) Paired(double[] a, double[] b, string mistake = "")
    {
        var d = mistake == "unpaired-interval" ? a : a.Select((x, i) => mistake == "difference-reversed" ? b[i] - x : x - b[i]).ToArray();
        var n = d.Length;
        var mean = mistake == "unpaired-interval" ? a.Average() - b.Average() : d.Average();
        double Variance(double[] x) => x.Sum(v => Math.Pow(v - x.Average(), 2)) / (mistake == "population-standard-deviation" ? n : n - 1);
        var t = mistake == "normal-instead-of-t" ? 1.96 : StudentT.InvCDF(0, 1, n - 1, 0.975);
        var half = mistake switch
        {
            "unpaired-interval" => t * Math.Sqrt((Variance(a) + Variance(b)) / n),
            "standard-deviation-not-error" => t * Math.Sqrt(Variance(d)),
            _ => t * Math.Sqrt(Variance(d) / n),
        };
        return (mean, mean - half, mean + half);
    }

    [Fact]
    public void A_paired_interval_written_from_the_formula_passes()
    {
        Assert.True(Exercise.Check("paired-difference", (a, b) => Paired(a, b)).Correct);
    }

    [Theory]
    [InlineData("difference-reversed")]
    [InlineData("unpaired-interval")]
    [InlineData("population-standard-deviation")]
    [InlineData("standard-deviation-not-error")]
    public void A_slip_in_the_paired_interval_is_named(string mistake)
    {
        var result = Exercise.Check("paired-difference", (a, b) => Paired(a, b, mistake));

        Assert.False(result.Correct);
        Assert.Equal(mistake, result.Misconception?.Id);
    }

    [Fact]
    public void The_normal_quantile_in_place_of_student_t_is_named()
    {
        // 1.96 rounded as a learner writes it: the variant uses the exact normal quantile, within the checker's tolerance of 1e-7 only if written exactly.
        var result = Exercise.Check("paired-difference", (a, b) =>
        {
            var d = a.Zip(b, (x, y) => x - y).ToArray();
            var mean = d.Average();
            var half = Normal.InvCDF(0, 1, 0.975) * Math.Sqrt(d.Sum(v => (v - mean) * (v - mean)) / (d.Length - 1) / d.Length);
            return (mean, mean - half, mean + half);
        });

        Assert.False(result.Correct);
        Assert.Equal("normal-instead-of-t", result.Misconception?.Id);
    }

    private static (double BestLearningRate, double Decades) Sensitivity(double[] learningRates, double[] losses, double tolerance, string mistake = "")
    {
        var bestLoss = double.PositiveInfinity;
        var bestLr = double.NaN;
        for (var i = 0; i < losses.Length; i++)
        {
            if (double.IsFinite(losses[i]) && losses[i] < bestLoss)
            {
                (bestLoss, bestLr) = (losses[i], learningRates[i]);
            }
        }

        var limit = mistake == "absolute-tolerance" ? bestLoss + tolerance : bestLoss * (1 + tolerance);
        double low = double.PositiveInfinity, high = 0;
        for (var i = 0; i < losses.Length; i++)
        {
            var keep = mistake == "diverged-counted-as-usable" ? !(losses[i] > limit) : double.IsFinite(losses[i]) && losses[i] <= limit;
            if (keep)
            {
                (low, high) = (Math.Min(low, learningRates[i]), Math.Max(high, learningRates[i]));
            }
        }

        return (bestLr, mistake == "natural-log-decades" ? Math.Log(high / low) : Math.Log10(high / low));
    }

    [Fact]
    public void A_sweep_reading_written_as_a_loop_passes()
    {
        Assert.True(Exercise.Check("lr-sensitivity", (lr, loss, tol) => Sensitivity(lr, loss, tol)).Correct);
    }

    [Theory]
    [InlineData("diverged-counted-as-usable")]
    [InlineData("natural-log-decades")]
    [InlineData("absolute-tolerance")]
    public void A_slip_in_reading_the_sweep_is_named(string mistake)
    {
        var result = Exercise.Check("lr-sensitivity", (lr, loss, tol) => Sensitivity(lr, loss, tol, mistake));

        Assert.False(result.Correct);
        Assert.Equal(mistake, result.Misconception?.Id);
    }

    private static double[][] Record(Func<double[], double[]> gradientAt, Action<double[], double[]> step, double[] start, int steps, string mistake = "")
    {
        var w = (double[])start.Clone();
        var first = gradientAt(w);
        var path = new List<double[]>();
        if (mistake != "path-missing-start")
        {
            path.Add(mistake == "path-aliases-point" ? w : (double[])w.Clone());
        }

        var aliased = mistake.StartsWith("path-aliases-point", StringComparison.Ordinal);
        for (var t = 0; t < steps; t++)
        {
            step(w, mistake == "gradient-not-recomputed" ? (double[])first.Clone() : gradientAt(w));
            path.Add(aliased ? w : (double[])w.Clone());
        }

        return [.. path];
    }

    [Fact]
    public void A_path_recorded_point_by_point_passes()
    {
        Assert.True(Exercise.Check("trajectory", (g, s, w, n) => Record(g, s, w, n)).Correct);
    }

    [Theory]
    [InlineData("path-missing-start")]
    [InlineData("path-aliases-point")]
    [InlineData("path-aliases-point-after-start")]
    [InlineData("gradient-not-recomputed")]
    public void A_slip_in_recording_the_path_is_named(string mistake)
    {
        var result = Exercise.Check("trajectory", (g, s, w, n) => Record(g, s, w, n, mistake));

        Assert.False(result.Correct);
        Assert.Equal(mistake.StartsWith("path-aliases-point", StringComparison.Ordinal) ? "path-aliases-point" : mistake, result.Misconception?.Id);
    }

    [Fact]
    public void An_optimizer_as_an_in_place_step_retraces_the_library_s_trajectory_on_rosenbrock()
    {
        var rosenbrock = new Rosenbrock();
        static Adam<double> Make(Parameter<double> p) => new([p], new AdamOptions(LearningRate: 0.05));
        var expected = Trajectory.Run(rosenbrock, Make, (-1.5, 2.0), steps: 50);

        var step = InPlaceStep.Of(Make, 2);
        var w = new[] { -1.5, 2.0 };
        for (var t = 0; t < 50; t++)
        {
            var (dx, dy) = rosenbrock.Gradient(w[0], w[1]);
            step(w, [dx, dy]);
        }

        Assert.Equal(expected.Positions[^1].X, w[0], 12);
        Assert.Equal(expected.Positions[^1].Y, w[1], 12);
    }

    [Fact]
    public void An_unfinished_study_exercise_goes_on_with_the_library_s_version()
    {
        static (double, double, double) Unfinished(double[] a, double[] b) => throw new NotImplementedException();

        var (mean, low, high) = Exercise.Use("paired-difference", Unfinished)([1.0, 2.0, 3.0], [0.0, 1.5, 2.0]);

        // Differences 1, 0.5, 1: mean 5/6, s² = 1/12, t(0.975, 2) = 4.303 (a printed t table).
        Assert.Equal(5.0 / 6, mean, 12);
        Assert.Equal(4.303 * Math.Sqrt(1.0 / 12 / 3), (high - low) / 2, 3);
    }
}
