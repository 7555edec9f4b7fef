using Course.Checks;

namespace Course.Tests.Checks;

/// <summary>The SGD, momentum and Nesterov checkers, fed correct and deliberately wrong implementations written here by hand.</summary>
public sealed class FirstOrderExerciseTests
{
    private static double[] Sgd(double[] w, double[] grad, double lr)
    {
        var next = new double[w.Length];
        for (var i = 0; i < w.Length; i++)
        {
            next[i] = w[i] - (lr * grad[i]);
        }

        return next;
    }

    private static (double[] W, double[] V) Momentum(double[] w, double[] v, double[] grad, double lr, double mu)
    {
        for (var i = 0; i < w.Length; i++)
        {
            v[i] = (mu * v[i]) + grad[i];
            w[i] -= lr * v[i];
        }

        return (w, v);
    }

    private static (double[] W, double[] V) Nesterov(double[] w, double[] v, Func<double[], double[]> gradientAt, double lr, double mu)
    {
        var ahead = w.Select((x, i) => x + (mu * v[i])).ToArray();
        var g = gradientAt(ahead);
        var newV = v.Select((x, i) => (mu * x) - (lr * g[i])).ToArray();
        return (w.Select((x, i) => x + newV[i]).ToArray(), newV);
    }

    [Fact]
    public void Correct_sgd_passes_every_case()
    {
        var result = Exercise.Check("sgd-step", Sgd);
        Assert.True(result.Correct, result.Feedback + string.Join("\n", result.Details));
        Assert.Equal(result.MaxScore, result.Score);
        Assert.Equal(5, result.MaxScore);
        Assert.Null(result.Misconception);
        Assert.Equal(CheckKind.Exercise, result.Kind);
    }

    [Fact]
    public void Correct_momentum_passes_every_case_even_when_it_modifies_its_inputs()
    {
        var result = Exercise.Check("momentum-step", Momentum);
        Assert.True(result.Correct, string.Join("\n", result.Details));
    }

    [Fact]
    public void Correct_nesterov_passes_every_case()
    {
        var result = Exercise.Check("nesterov-step", Nesterov);
        Assert.True(result.Correct, string.Join("\n", result.Details));
    }

    [Theory]
    [InlineData("wrong-sign")]
    [InlineData("learning-rate-twice")]
    [InlineData("missing-learning-rate")]
    [InlineData("returned-update")]
    public void Sgd_misconceptions_are_recognised(string misconception)
    {
        SgdStep wrong = misconception switch
        {
            "wrong-sign" => (w, g, lr) => w.Select((x, i) => x + (lr * g[i])).ToArray(),
            "learning-rate-twice" => (w, g, lr) => w.Select((x, i) => x - (lr * lr * g[i])).ToArray(),
            "missing-learning-rate" => (w, g, lr) => w.Select((x, i) => x - g[i]).ToArray(),
            _ => (w, g, lr) => g.Select(x => -lr * x).ToArray(),
        };
        AssertDiagnosed(Exercise.Check("sgd-step", wrong), misconception);
    }

    [Theory]
    [InlineData("wrong-sign")]
    [InlineData("velocity-not-carried")]
    [InlineData("state-not-updated")]
    [InlineData("stale-velocity")]
    [InlineData("learning-rate-twice")]
    [InlineData("moving-average-momentum")]
    [InlineData("mixed-conventions")]
    public void Momentum_misconceptions_are_recognised(string misconception)
    {
        MomentumStep wrong = misconception switch
        {
            "wrong-sign" => (w, v, g, lr, mu) =>
            {
                var nv = v.Select((x, i) => (mu * x) + g[i]).ToArray();
                return (w.Select((x, i) => x + (lr * nv[i])).ToArray(), nv);
            },
            "velocity-not-carried" => (w, v, g, lr, mu) => (w.Select((x, i) => x - (lr * g[i])).ToArray(), g),
            "state-not-updated" => (w, v, g, lr, mu) => (w.Select((x, i) => x - (lr * ((mu * v[i]) + g[i]))).ToArray(), v),
            "stale-velocity" => (w, v, g, lr, mu) =>
            {
                var moved = w.Select((x, i) => x - (lr * v[i])).ToArray();
                return (moved, v.Select((x, i) => (mu * x) + g[i]).ToArray());
            },
            "learning-rate-twice" => (w, v, g, lr, mu) =>
            {
                var nv = v.Select((x, i) => (mu * x) + (lr * g[i])).ToArray();
                return (w.Select((x, i) => x - (lr * nv[i])).ToArray(), nv);
            },
            "moving-average-momentum" => (w, v, g, lr, mu) =>
            {
                var nv = v.Select((x, i) => (mu * x) + ((1 - mu) * g[i])).ToArray();
                return (w.Select((x, i) => x - (lr * nv[i])).ToArray(), nv);
            },
            _ => (w, v, g, lr, mu) =>
            {
                var nv = v.Select((x, i) => (mu * x) - (lr * g[i])).ToArray();
                return (w.Select((x, i) => x + nv[i]).ToArray(), nv);
            },
        };
        AssertDiagnosed(Exercise.Check("momentum-step", wrong), misconception);
    }

    [Theory]
    [InlineData("lookahead-at-current-point")]
    [InlineData("lookahead-wrong-direction")]
    [InlineData("wrong-sign")]
    [InlineData("velocity-not-carried")]
    [InlineData("learning-rate-twice")]
    [InlineData("state-not-updated")]
    public void Nesterov_misconceptions_are_recognised(string misconception)
    {
        NesterovStep wrong = misconception switch
        {
            "lookahead-at-current-point" => (w, v, f, lr, mu) => Sutskever(w, v, f(w), lr, mu, 1),
            "lookahead-wrong-direction" => (w, v, f, lr, mu) => Sutskever(w, v, f(w.Select((x, i) => x - (mu * v[i])).ToArray()), lr, mu, 1),
            "wrong-sign" => (w, v, f, lr, mu) =>
            {
                var (_, nv) = Nesterov(w, v, f, lr, mu);
                return (w.Select((x, i) => x - nv[i]).ToArray(), nv);
            },
            "velocity-not-carried" => (w, v, f, lr, mu) =>
            {
                var g = f(w.Select((x, i) => x + (mu * v[i])).ToArray());
                var nv = g.Select(x => -lr * x).ToArray();
                return (w.Select((x, i) => x + nv[i]).ToArray(), nv);
            },
            "learning-rate-twice" => (w, v, f, lr, mu) =>
            {
                var (_, nv) = Nesterov(w, v, f, lr, mu);
                return (w.Select((x, i) => x + (lr * nv[i])).ToArray(), nv);
            },
            _ => (w, v, f, lr, mu) => (Nesterov(w, v, f, lr, mu).W, v),
        };
        AssertDiagnosed(Exercise.Check("nesterov-step", wrong), misconception);
    }

    private static (double[] W, double[] V) Sutskever(double[] w, double[] v, double[] g, double lr, double mu, double sign)
    {
        var nv = v.Select((x, i) => (mu * x) - (lr * g[i])).ToArray();
        return (w.Select((x, i) => x + (sign * nv[i])).ToArray(), nv);
    }

    internal static void AssertDiagnosed(CheckResult result, string misconception)
    {
        Assert.False(result.Correct);
        Assert.True(result.Score < result.MaxScore);
        Assert.Equal(misconception, result.Misconception?.Id);
        Assert.Contains(result.Details, d => d.Contains("expected", StringComparison.Ordinal) && d.Contains("got", StringComparison.Ordinal));
    }
}
