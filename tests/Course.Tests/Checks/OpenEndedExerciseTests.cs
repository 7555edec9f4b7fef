using Course.Checks;

namespace Course.Tests.Checks;

/// <summary>
/// The two open-ended exercises, graded by behaviour on hidden cases: a warmup-then-cosine schedule written any
/// correct way passes, and Lion written from the paper's box passes; typical wrong versions, written here by hand,
/// fail with their mistake named.
/// </summary>
public sealed class OpenEndedExerciseTests
{
    [Fact]
    public void Two_different_correct_schedules_both_pass()
    {
        static double Branches(int t, int w, int total, double peak, double start, double min) =>
            t < w ? start + ((peak - start) * t / w) : t >= total ? min : min + ((peak - min) * (1 + Math.Cos(Math.PI * (t - w) / (total - w))) / 2);

        // The same curve written as a clamped progress through the cosine and sin² instead of (1 + cos)/2.
        static double Clamped(int t, int w, int total, double peak, double start, double min)
        {
            if (t < w)
            {
                return start + ((t / (double)w) * (peak - start));
            }

            var progress = Math.Min(1.0, (t - w) / (double)(total - w));
            return min + ((peak - min) * Math.Pow(Math.Cos(Math.PI * progress / 2), 2));
        }

        Assert.True(Exercise.Check("warmup-cosine", Branches).Correct);
        Assert.True(Exercise.Check("warmup-cosine", Clamped).Correct);
    }

    [Theory]
    [InlineData("cosine-over-total-steps")]
    [InlineData("cosine-ignores-minimum")]
    [InlineData("warmup-off-by-one")]
    [InlineData("cosine-restarts-past-end")]
    public void A_wrong_schedule_fails_with_its_mistake_named(string mistake)
    {
        double Schedule(int t, int w, int total, double peak, double start, double min)
        {
            if (t < w)
            {
                return start + ((peak - start) * (mistake == "warmup-off-by-one" ? t + 1 : t) / w);
            }

            var floor = mistake == "cosine-ignores-minimum" ? 0 : min;
            var length = mistake == "cosine-over-total-steps" ? total : total - w;
            return t - w >= length && mistake != "cosine-restarts-past-end"
                ? floor
                : floor + ((peak - floor) * (1 + Math.Cos(Math.PI * (t - w) / length)) / 2);
        }

        var result = Exercise.Check("warmup-cosine", Schedule);

        Assert.False(result.Correct);
        Assert.Equal(mistake, result.Misconception?.Id);
    }

    private static (double[] W, double[] M) Lion(double[] w, double[] m, double[] grad, double lr, double beta1, double beta2, double weightDecay, string mistake = "")
    {
        var newW = new double[w.Length];
        var newM = new double[w.Length];
        for (var i = 0; i < w.Length; i++)
        {
            newM[i] = (beta2 * m[i]) + ((1 - beta2) * grad[i]);
            var c = mistake == "lion-momentum-before-sign" ? newM[i] : (beta1 * m[i]) + ((1 - beta1) * grad[i]);
            var direction = mistake == "lion-sign-missing" ? c : Math.Sign(c);
            var decay = mistake == "decay-without-learning-rate" ? weightDecay * w[i] / lr : weightDecay * w[i];
            newW[i] = w[i] - (lr * (direction + decay));
        }

        return (newW, newM);
    }

    [Fact]
    public void Lion_written_from_the_paper_s_box_passes()
    {
        Assert.True(Exercise.Check("lion-step", (w, m, g, lr, b1, b2, wd) => Lion(w, m, g, lr, b1, b2, wd)).Correct);
    }

    [Theory]
    [InlineData("lion-momentum-before-sign")]
    [InlineData("lion-sign-missing")]
    [InlineData("decay-without-learning-rate")]
    public void A_misread_lion_box_fails_with_its_mistake_named(string mistake)
    {
        var result = Exercise.Check("lion-step", (w, m, g, lr, b1, b2, wd) => Lion(w, m, g, lr, b1, b2, wd, mistake));

        Assert.False(result.Correct);
        Assert.Equal(mistake, result.Misconception?.Id);
    }
}
