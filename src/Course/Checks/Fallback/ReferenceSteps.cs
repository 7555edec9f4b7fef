using Course.Training.Schedules;
using static Course.Checks.Exercises.Elementwise;

namespace Course.Checks.Fallback;

/// <summary>
/// The library's own version of every "write it yourself" step, in the shape the lesson asks the learner for.
/// A lesson runs these in place of the learner's function while it is unfinished or wrong
/// (<see cref="Exercise.Use(string, SgdStep, string?)"/>). Each is the update rule of the matching optimizer in
/// <c>Course.Optimizers</c> (PyTorch's form), written out for one step; the tests check each one with the same
/// hidden cases, drawn from those optimizers, that grade the learner.
/// </summary>
internal static class ReferenceSteps
{
    /// <summary>Gradient descent: w − η·g.</summary>
    public static double[] Sgd(double[] w, double[] grad, double lr) => Build(w.Length, i => w[i] - (lr * grad[i]));

    /// <summary>Momentum (PyTorch's form): v ← μv + g; w ← w − ηv.</summary>
    public static (double[] W, double[] V) Momentum(double[] w, double[] v, double[] grad, double lr, double mu)
    {
        var velocity = Build(w.Length, i => (mu * v[i]) + grad[i]);
        return (Build(w.Length, i => w[i] - (lr * velocity[i])), velocity);
    }

    /// <summary>Nesterov in Sutskever's lookahead form: u ← μu − η∇f(w + μu); w ← w + u.</summary>
    public static (double[] W, double[] V) Nesterov(double[] w, double[] v, Func<double[], double[]> gradientAt, double lr, double mu)
    {
        var lookahead = gradientAt(Build(w.Length, i => w[i] + (mu * v[i])));
        var velocity = Build(w.Length, i => (mu * v[i]) - (lr * lookahead[i]));
        return (Build(w.Length, i => w[i] + velocity[i]), velocity);
    }

    /// <summary>AdaGrad: s ← s + g²; w ← w − η·g/(√s + ε).</summary>
    public static (double[] W, double[] Sum) Adagrad(double[] w, double[] sum, double[] grad, double lr, double eps)
    {
        var total = Build(w.Length, i => sum[i] + (grad[i] * grad[i]));
        return (Build(w.Length, i => w[i] - (lr * grad[i] / (Math.Sqrt(total[i]) + eps))), total);
    }

    /// <summary>RMSprop: s ← αs + (1 − α)g²; w ← w − η·g/(√s + ε).</summary>
    public static (double[] W, double[] SquareAverage) RmsProp(double[] w, double[] squareAverage, double[] grad, double lr, double alpha, double eps)
    {
        var average = Build(w.Length, i => (alpha * squareAverage[i]) + ((1 - alpha) * grad[i] * grad[i]));
        return (Build(w.Length, i => w[i] - (lr * grad[i] / (Math.Sqrt(average[i]) + eps))), average);
    }

    /// <summary>
    /// Adam (Kingma &amp; Ba, Algorithm 1): m ← β₁m + (1 − β₁)g; v ← β₂v + (1 − β₂)g²;
    /// w ← w − η·m̂/(√v̂ + ε) with m̂ = m/(1 − β₁ᵗ), v̂ = v/(1 − β₂ᵗ).
    /// </summary>
    public static (double[] W, double[] M, double[] V) Adam(double[] w, double[] m, double[] v, double[] grad, int t, double lr, double beta1, double beta2, double eps)
    {
        var first = Build(w.Length, i => (beta1 * m[i]) + ((1 - beta1) * grad[i]));
        var second = Build(w.Length, i => (beta2 * v[i]) + ((1 - beta2) * grad[i] * grad[i]));
        var firstCorrection = 1 - Math.Pow(beta1, t);
        var secondCorrection = 1 - Math.Pow(beta2, t);
        var moved = Build(w.Length, i => w[i] - (lr * (first[i] / firstCorrection) / (Math.Sqrt(second[i] / secondCorrection) + eps)));
        return (moved, first, second);
    }

    /// <summary>AdamW (Loshchilov &amp; Hutter): w ← w(1 − ηλ), then Adam's step.</summary>
    public static (double[] W, double[] M, double[] V) AdamW(double[] w, double[] m, double[] v, double[] grad, int t, double lr, double beta1, double beta2, double eps, double weightDecay) =>
        Adam(Build(w.Length, i => w[i] * (1 - (lr * weightDecay))), m, v, grad, t, lr, beta1, beta2, eps);

    /// <summary>Lion (Chen et al. 2023, Algorithm 2): c ← β₁m + (1 − β₁)g; w ← w − η(sign(c) + λw); m ← β₂m + (1 − β₂)g.</summary>
    public static (double[] W, double[] M) Lion(double[] w, double[] m, double[] grad, double lr, double beta1, double beta2, double weightDecay)
    {
        var moved = Build(w.Length, i => w[i] - (lr * (Math.Sign((beta1 * m[i]) + ((1 - beta1) * grad[i])) + (weightDecay * w[i]))));
        return (moved, Build(w.Length, i => (beta2 * m[i]) + ((1 - beta2) * grad[i])));
    }

    /// <summary>Warmup then cosine, read off the library's <see cref="Schedule.WarmupCosine"/>.</summary>
    public static double WarmupCosine(int step, int warmupSteps, int totalSteps, double peakLr, double startLr, double minLr) =>
        peakLr * Schedule.WarmupCosine(warmupSteps, totalSteps, startLr / peakLr, minLr / peakLr).Factor(step);

    /// <summary>The paired difference a − b with its 95% interval, read off the library's <c>MeanInterval.OfDifferences</c>.</summary>
    public static (double Mean, double Low, double High) PairedDifference(double[] a, double[] b)
    {
        var interval = Training.Studies.MeanInterval.OfDifferences(a, b);
        return (interval.Mean, interval.Low, interval.High);
    }

    /// <summary>The best learning rate (finite losses only) and log₁₀(max/min) of the rates within the tolerance of the best loss.</summary>
    public static (double BestLearningRate, double Decades) LearningRateSensitivity(double[] learningRates, double[] losses, double tolerance)
    {
        var result = Exercises.Definitions.LearningRateSensitivityExercise.Sensitivity(learningRates, losses, tolerance);
        return (result[0], result[1]);
    }

    /// <summary>The start, then the point after each step, each step from the gradient at the current point.</summary>
    public static double[][] Trajectory(Func<double[], double[]> gradientAt, Action<double[], double[]> step, double[] start, int steps)
    {
        var w = (double[])start.Clone();
        var path = new List<double[]> { (double[])w.Clone() };
        for (var t = 0; t < steps; t++)
        {
            step(w, gradientAt(w));
            path.Add((double[])w.Clone());
        }

        return [.. path];
    }
}
