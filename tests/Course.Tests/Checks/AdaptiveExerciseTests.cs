using Course.Checks;
using static Course.Tests.Checks.FirstOrderExerciseTests;

namespace Course.Tests.Checks;

/// <summary>The AdaGrad, RMSprop, Adam and AdamW checkers, fed correct and deliberately wrong implementations written here by hand.</summary>
public sealed class AdaptiveExerciseTests
{
    private static (double[] W, double[] Sum) Adagrad(double[] w, double[] sum, double[] grad, double lr, double eps) =>
        AdagradWith(w, sum, grad, lr, eps, "correct");

    private static (double[] W, double[] Sum) AdagradWith(double[] w, double[] sum, double[] grad, double lr, double eps, string mistake)
    {
        var newW = new double[w.Length];
        var newSum = new double[w.Length];
        for (var i = 0; i < w.Length; i++)
        {
            newSum[i] = mistake switch
            {
                "forgot-to-square" => sum[i] + grad[i],
                "accumulator-reset" => grad[i] * grad[i],
                _ => sum[i] + (grad[i] * grad[i]),
            };
            var denominator = mistake switch
            {
                "eps-inside-sqrt" => Math.Sqrt(newSum[i] + eps),
                "forgot-sqrt" => newSum[i] + eps,
                "accumulated-after-use" => Math.Sqrt(sum[i]) + eps,
                _ => Math.Sqrt(newSum[i]) + eps,
            };
            var step = lr * grad[i] / denominator;
            newW[i] = mistake switch
            {
                "wrong-sign" => w[i] + step,
                "learning-rate-twice" => w[i] - (lr * step),
                _ => w[i] - step,
            };
        }

        return (newW, mistake == "state-not-updated" ? sum : newSum);
    }

    private static (double[] W, double[] SquareAverage) RmsProp(double[] w, double[] s, double[] grad, double lr, double alpha, double eps) =>
        RmsPropWith(w, s, grad, lr, alpha, eps, "correct");

    private static (double[] W, double[] SquareAverage) RmsPropWith(double[] w, double[] s, double[] grad, double lr, double alpha, double eps, string mistake)
    {
        var newW = new double[w.Length];
        var newS = new double[w.Length];
        for (var i = 0; i < w.Length; i++)
        {
            var g2 = grad[i] * grad[i];
            newS[i] = mistake switch
            {
                "sum-instead-of-average" => s[i] + g2,
                "decay-weights-swapped" => ((1 - alpha) * s[i]) + (alpha * g2),
                "missing-one-minus-decay" => (alpha * s[i]) + g2,
                "forgot-to-square" => (alpha * s[i]) + ((1 - alpha) * grad[i]),
                "accumulator-reset" => (1 - alpha) * g2,
                _ => (alpha * s[i]) + ((1 - alpha) * g2),
            };
            var denominator = mistake switch
            {
                "eps-inside-sqrt" => Math.Sqrt(newS[i] + eps),
                "forgot-sqrt" => newS[i] + eps,
                "accumulated-after-use" => Math.Sqrt(s[i]) + eps,
                _ => Math.Sqrt(newS[i]) + eps,
            };
            newW[i] = mistake == "wrong-sign" ? w[i] + (lr * grad[i] / denominator) : w[i] - (lr * grad[i] / denominator);
        }

        return (newW, mistake == "state-not-updated" ? s : newS);
    }

    private static (double[] W, double[] M, double[] V) Adam(double[] w, double[] m, double[] v, double[] grad, int t, double lr, double beta1, double beta2, double eps) =>
        AdamWWith(w, m, v, grad, t, lr, beta1, beta2, eps, 0, "correct");

    private static (double[] W, double[] M, double[] V) AdamW(double[] w, double[] m, double[] v, double[] grad, int t, double lr, double beta1, double beta2, double eps, double weightDecay) =>
        AdamWWith(w, m, v, grad, t, lr, beta1, beta2, eps, weightDecay, "correct");

    private static (double[] W, double[] M, double[] V) AdamWWith(double[] w, double[] m, double[] v, double[] grad, int t, double lr, double beta1, double beta2, double eps, double weightDecay, string mistake)
    {
        if (mistake == "betas-swapped")
        {
            (beta1, beta2) = (beta2, beta1);
        }

        var n = w.Length;
        var (newW, newM, newV, mHat, vHat) = (new double[n], new double[n], new double[n], new double[n], new double[n]);
        var tc = mistake == "bias-correction-t-from-zero" ? t - 1 : t;
        for (var i = 0; i < n; i++)
        {
            var g = mistake == "coupled-weight-decay" ? grad[i] + (weightDecay * w[i]) : grad[i];
            var decayed = mistake switch
            {
                "coupled-weight-decay" or "missing-weight-decay" or "decay-after-step" => w[i],
                "decay-without-learning-rate" => w[i] * (1 - weightDecay),
                _ => w[i] * (1 - (lr * weightDecay)),
            };
            newM[i] = mistake == "missing-one-minus-decay" ? (beta1 * m[i]) + g : (beta1 * m[i]) + ((1 - beta1) * g);
            var square = mistake == "forgot-to-square" ? g : g * g;
            newV[i] = mistake == "missing-one-minus-decay" ? (beta2 * v[i]) + square : (beta2 * v[i]) + ((1 - beta2) * square);
            mHat[i] = mistake == "no-bias-correction" ? newM[i] : newM[i] / (1 - Math.Pow(beta1, tc));
            vHat[i] = mistake is "no-bias-correction" or "partial-bias-correction" ? newV[i] : newV[i] / (1 - Math.Pow(beta2, tc));
            var denominator = mistake == "eps-inside-sqrt" ? Math.Sqrt(vHat[i] + eps) : Math.Sqrt(vHat[i]) + eps;
            newW[i] = mistake == "wrong-sign" ? decayed + (lr * mHat[i] / denominator) : decayed - (lr * mHat[i] / denominator);
            if (mistake == "decay-after-step")
            {
                newW[i] *= 1 - (lr * weightDecay);
            }
        }

        return mistake == "stored-corrected-moments" ? (newW, mHat, vHat) : (newW, newM, newV);
    }

    [Fact]
    public void Correct_implementations_pass_every_case()
    {
        foreach (var result in new[]
        {
            Exercise.Check("adagrad-step", Adagrad),
            Exercise.Check("rmsprop-step", RmsProp),
            Exercise.Check("adam-step", Adam),
            Exercise.Check("adamw-step", AdamW),
        })
        {
            Assert.True(result.Correct, result.QuestionId + ": " + string.Join("\n", result.Details));
            Assert.Equal(result.MaxScore, result.Score);
        }
    }

    [Fact]
    public void A_typed_adagrad_delegate_and_a_method_group_both_reach_the_adagrad_checker()
    {
        AdagradStep typed = Adagrad;
        Assert.True(Exercise.Check("adagrad-step", typed).Correct);
        Assert.True(Exercise.Check("adagrad-step", Adagrad).Correct);
        Assert.False(Exercise.Check("momentum-step", Adagrad).Correct);
    }

    [Theory]
    [InlineData("eps-inside-sqrt")]
    [InlineData("forgot-to-square")]
    [InlineData("forgot-sqrt")]
    [InlineData("accumulated-after-use")]
    [InlineData("accumulator-reset")]
    [InlineData("state-not-updated")]
    [InlineData("wrong-sign")]
    [InlineData("learning-rate-twice")]
    public void Adagrad_misconceptions_are_recognised(string mistake) =>
        AssertDiagnosed(Exercise.Check("adagrad-step", (AdagradStep)((w, s, g, lr, eps) => AdagradWith(w, s, g, lr, eps, mistake))), mistake);

    [Theory]
    [InlineData("sum-instead-of-average")]
    [InlineData("decay-weights-swapped")]
    [InlineData("missing-one-minus-decay")]
    [InlineData("eps-inside-sqrt")]
    [InlineData("forgot-to-square")]
    [InlineData("forgot-sqrt")]
    [InlineData("accumulated-after-use")]
    [InlineData("accumulator-reset")]
    [InlineData("state-not-updated")]
    [InlineData("wrong-sign")]
    public void RmsProp_misconceptions_are_recognised(string mistake) =>
        AssertDiagnosed(Exercise.Check("rmsprop-step", (w, s, g, lr, alpha, eps) => RmsPropWith(w, s, g, lr, alpha, eps, mistake)), mistake);

    [Theory]
    [InlineData("no-bias-correction")]
    [InlineData("bias-correction-t-from-zero")]
    [InlineData("partial-bias-correction")]
    [InlineData("eps-inside-sqrt")]
    [InlineData("forgot-to-square")]
    [InlineData("stored-corrected-moments")]
    [InlineData("betas-swapped")]
    [InlineData("missing-one-minus-decay")]
    [InlineData("wrong-sign")]
    public void Adam_misconceptions_are_recognised(string mistake) =>
        AssertDiagnosed(Exercise.Check("adam-step", (w, m, v, g, t, lr, b1, b2, eps) => AdamWWith(w, m, v, g, t, lr, b1, b2, eps, 0, mistake)), mistake);

    [Theory]
    [InlineData("coupled-weight-decay")]
    [InlineData("missing-weight-decay")]
    [InlineData("decay-without-learning-rate")]
    [InlineData("decay-after-step")]
    [InlineData("no-bias-correction")]
    [InlineData("bias-correction-t-from-zero")]
    [InlineData("eps-inside-sqrt")]
    [InlineData("stored-corrected-moments")]
    [InlineData("wrong-sign")]
    public void AdamW_misconceptions_are_recognised(string mistake) =>
        AssertDiagnosed(Exercise.Check("adamw-step", (w, m, v, g, t, lr, b1, b2, eps, wd) => AdamWWith(w, m, v, g, t, lr, b1, b2, eps, wd, mistake)), mistake);
}
