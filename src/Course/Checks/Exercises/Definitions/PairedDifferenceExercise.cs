using Course.Training.Studies;
using MathNet.Numerics.Distributions;

namespace Course.Checks.Exercises.Definitions;

/// <summary>
/// The "paired-difference" exercise (comparing two optimizers fairly): the mean of dᵢ = aᵢ − bᵢ over seeds with its
/// 95% Student-t interval d̄ ± t₍0.975, n−1₎·s/√n, checked against <see cref="MeanInterval.OfDifferences"/>. Each case
/// is one call with 3 to 8 seeds whose measurements share a seed effect, so pairing matters.
/// </summary>
internal sealed class PairedDifferenceExercise : ExerciseDefinition
{
    /// <inheritdoc />
    public override string Id => "paired-difference";

    /// <inheritdoc />
    public override string Title => "Paired difference with its 95% interval";

    /// <inheritdoc />
    public override IReadOnlyList<string> StateNames { get; } = ["MeanLowHigh"];

    /// <inheritdoc />
    public override StepCase Generate(Random random, int number)
    {
        var seeds = random.Next(3, 9);
        var seedEffect = ExerciseRandom.Vector(random, seeds, 0.5);
        var shift = ExerciseRandom.Uniform(random, -0.2, 0.2);
        var a = seedEffect.Select(e => Math.Round(1 + e + ExerciseRandom.Uniform(random, -0.05, 0.05), 4)).ToArray();
        var b = seedEffect.Select(e => Math.Round(1 + e + shift + ExerciseRandom.Uniform(random, -0.05, 0.05), 4)).ToArray();
        return new StepCase
        {
            Number = number,
            InitialWeights = [0, 0, 0],
            Gradients = [a, b],
            Steps = 1,
            HyperparameterNames = [],
        };
    }

    /// <inheritdoc />
    public override IReadOnlyList<double[][]> Reference(StepCase stepCase)
    {
        var interval = MeanInterval.OfDifferences(stepCase.Gradients[0], stepCase.Gradients[1]);
        return [[stepCase.InitialWeights], [[interval.Mean, interval.Low, interval.High]]];
    }

    /// <inheritdoc />
    public override string DescribeStepInputs(StepCase stepCase, int step) =>
        $"a = {VectorText.Of(stepCase.Gradients[0])}, b = {VectorText.Of(stepCase.Gradients[1])}";

    /// <inheritdoc />
    public override IReadOnlyList<Variant> Variants { get; } =
    [
        Make(Misconceptions.DifferenceReversed, (a, b) => Interval(b.Zip(a, (x, y) => x - y).ToArray())),
        Make(Misconceptions.UnpairedInterval, Unpaired),
        Make(Misconceptions.NormalInsteadOfStudentT, (a, b) => Interval(Differences(a, b), quantile: _ => 1.959963984540054)),
        Make(Misconceptions.PopulationStandardDeviation, (a, b) => Interval(Differences(a, b), divisor: n => n)),
        Make(Misconceptions.StandardDeviationNotError, (a, b) => Interval(Differences(a, b), perRoot: false)),
    ];

    private static Variant Make(Misconception misconception, Func<double[], double[], double[]> interval) =>
        new(misconception, (c, k, s) => [interval(c.Gradients[0], c.Gradients[1])]);

    private static double[] Differences(double[] a, double[] b) => a.Zip(b, (x, y) => x - y).ToArray();

    /// <summary>mean ± q·s/√n with switches for the usual slips.</summary>
    private static double[] Interval(double[] d, Func<int, double>? quantile = null, Func<int, double>? divisor = null, bool perRoot = true)
    {
        var n = d.Length;
        var mean = d.Average();
        var s = Math.Sqrt(d.Sum(x => (x - mean) * (x - mean)) / (divisor ?? (m => m - 1))(n));
        var half = (quantile ?? (m => StudentT.InvCDF(0, 1, m - 1, 0.975)))(n) * s / (perRoot ? Math.Sqrt(n) : 1);
        return [mean, mean - half, mean + half];
    }

    /// <summary>The two settings' own intervals combined as if independent: (ā − b̄) ± t·√(s_a²/n + s_b²/n).</summary>
    private static double[] Unpaired(double[] a, double[] b)
    {
        var n = a.Length;
        double Variance(double[] x) => x.Sum(v => (v - x.Average()) * (v - x.Average())) / (n - 1);
        var mean = a.Average() - b.Average();
        var half = StudentT.InvCDF(0, 1, n - 1, 0.975) * Math.Sqrt((Variance(a) / n) + (Variance(b) / n));
        return [mean, mean - half, mean + half];
    }
}
