using Course.Checks;
using Course.Checks.Fallback;

namespace Course.Tests.Checks;

/// <summary>
/// <c>Exercise.Use</c>: the library's version stands in for an unfinished or wrong exercise, the learner's function is
/// used once it passes, and each library version is itself graded correct by the exercise's hidden cases (drawn
/// from the optimizers in <c>Course.Optimizers</c>).
/// </summary>
public sealed class ExerciseUseTests
{
    [Fact]
    public void Every_library_version_passes_its_own_exercise_check()
    {
        Assert.True(Exercise.Check("sgd-step", ReferenceSteps.Sgd).Correct);
        Assert.True(Exercise.Check("momentum-step", ReferenceSteps.Momentum).Correct);
        Assert.True(Exercise.Check("nesterov-step", ReferenceSteps.Nesterov).Correct);
        Assert.True(Exercise.Check("adagrad-step", (AdagradStep)ReferenceSteps.Adagrad).Correct);
        Assert.True(Exercise.Check("rmsprop-step", ReferenceSteps.RmsProp).Correct);
        Assert.True(Exercise.Check("adam-step", ReferenceSteps.Adam).Correct);
        Assert.True(Exercise.Check("adamw-step", ReferenceSteps.AdamW).Correct);
        Assert.True(Exercise.Check("lion-step", ReferenceSteps.Lion).Correct);
        Assert.True(Exercise.Check("warmup-cosine", ReferenceSteps.WarmupCosine).Correct);
    }

    [Fact]
    public void An_unfinished_exercise_goes_on_with_the_library_s_version()
    {
        static (double[] W, double[] V) Unfinished(double[] w, double[] v, double[] grad, double lr, double mu) =>
            throw new NotImplementedException("Write your momentum step here.");

        var step = Exercise.Use("momentum-step", Unfinished);

        // One step by hand: v = 0.9·1 + 2 = 2.9, w = 1 − 0.1·2.9 = 0.71.
        var (w, v) = step([1.0], [1.0], [2.0], 0.1, 0.9);
        Assert.Equal(0.71, w[0], 12);
        Assert.Equal(2.9, v[0], 12);
    }

    [Fact]
    public void A_wrong_solution_goes_on_with_the_library_s_version_and_a_correct_one_is_used()
    {
        static double[] Ascends(double[] w, double[] grad, double lr) => w.Select((x, i) => x + (lr * grad[i])).ToArray();
        static double[] Descends(double[] w, double[] grad, double lr) => w.Select((x, i) => x - (lr * grad[i])).ToArray();

        Assert.Equal(0.8, Exercise.Use("sgd-step", Ascends)([1.0], [2.0], 0.1)[0], 12);
        SgdStep correct = Descends;
        Assert.Equal(correct, Exercise.Use("sgd-step", correct));
    }

    [Fact]
    public void The_adagrad_exercise_falls_back_to_adagrad_even_through_the_momentum_shaped_overload()
    {
        static (double[] W, double[] S) Unfinished(double[] w, double[] s, double[] grad, double lr, double eps) => throw new NotImplementedException();

        var (w, s) = Exercise.Use("adagrad-step", Unfinished)([1.0], [0.0], [2.0], 0.5, 0.0);

        // s = 0 + 2² = 4, w = 1 − 0.5·2/√4 = 0.5.
        Assert.Equal(0.5, w[0], 12);
        Assert.Equal(4.0, s[0], 12);
    }

    [Fact]
    public void The_note_says_whose_function_the_cells_below_use_and_why()
    {
        var unfinished = new CheckResult("momentum-step", CheckKind.Exercise, false, 0, 5, "Not implemented yet") { Unanswered = true };
        var wrong = new CheckResult("momentum-step", CheckKind.Exercise, false, 0, 5, "0 of 5", Misconceptions.WrongSign);
        var right = new CheckResult("momentum-step", CheckKind.Exercise, true, 5, 5, "All pass");

        Assert.Equal("ℹ Your MyMomentumStep is not finished yet, so the cells below use the library's version. Once it passes its check above, they use yours.",
            FallbackNote.Of("MyMomentumStep", "momentum-step", unfinished));
        Assert.StartsWith("✗ Your MyMomentumStep has a mistake: Wrong sign (0 of 5 hidden cases pass).", FallbackNote.Of("MyMomentumStep", "momentum-step", wrong), StringComparison.Ordinal);
        Assert.Equal("✓ The cells below use your MyMomentumStep: it passes all 5 hidden cases of \"momentum-step\".", FallbackNote.Of("MyMomentumStep", "momentum-step", right));
    }
}
