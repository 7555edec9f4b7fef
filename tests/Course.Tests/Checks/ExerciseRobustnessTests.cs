using Course.Checks;
using Course.Checks.Exercises;

namespace Course.Tests.Checks;

/// <summary>Whatever a learner's function does, the check returns a card.</summary>
public sealed class ExerciseRobustnessTests
{
    [Fact]
    public void Returning_null_is_reported()
    {
        var result = Exercise.Check("sgd-step", (w, g, lr) => null!);
        Assert.False(result.Correct);
        Assert.Equal(0, result.Score);
        Assert.Contains(result.Details, d => d.Contains("returned null for W", StringComparison.Ordinal));
    }

    [Fact]
    public void Returning_a_null_buffer_in_the_tuple_is_reported()
    {
        var result = Exercise.Check("momentum-step", (w, v, g, lr, mu) => (w, null!));
        Assert.False(result.Correct);
        Assert.Contains(result.Details, d => d.Contains("returned null for V", StringComparison.Ordinal));
    }

    [Fact]
    public void Wrong_length_is_reported()
    {
        var result = Exercise.Check("sgd-step", (w, g, lr) => [1.0]);
        Assert.False(result.Correct);
        Assert.Contains(result.Details, d => d.Contains("values but should have", StringComparison.Ordinal));
    }

    [Fact]
    public void NaN_is_reported()
    {
        var result = Exercise.Check("sgd-step", (w, g, lr) => w.Select(_ => double.NaN).ToArray());
        Assert.False(result.Correct);
        Assert.Contains(result.Details, d => d.Contains("NaN", StringComparison.Ordinal));
    }

    [Fact]
    public void An_exception_from_the_learner_is_reported_with_its_step()
    {
        var result = Exercise.Check("sgd-step", (w, g, lr) => throw new InvalidOperationException("index trouble"));
        Assert.False(result.Correct);
        Assert.Equal(5, result.MaxScore);
        Assert.Contains(result.Details, d => d.Contains("step 1: your function threw InvalidOperationException: index trouble", StringComparison.Ordinal));
    }

    [Fact]
    public void Not_implemented_gets_its_own_friendly_feedback()
    {
        var result = Exercise.Check("momentum-step", (w, v, g, lr, mu) => throw new NotImplementedException("Use v ← μv + g."));
        Assert.False(result.Correct);
        Assert.True(result.Unanswered);
        Assert.Equal(0, result.Score);
        Assert.Equal(5, result.MaxScore);
        Assert.StartsWith("Not implemented yet", result.Feedback, StringComparison.Ordinal);
        Assert.Contains("Use v ← μv + g.", result.Feedback, StringComparison.Ordinal);
    }

    [Fact]
    public void An_endless_loop_times_out_and_the_remaining_cases_are_skipped()
    {
        var stop = new ManualResetEventSlim();
        try
        {
            SgdStep endless = (w, g, lr) =>
            {
                while (!stop.IsSet)
                {
                    Thread.SpinWait(1000);
                }

                return w;
            };
            var exercise = ExerciseCatalog.ById["sgd-step"];
            var result = ExerciseGrader.Grade(exercise, (c, k, s) => [endless(s[0], c.Gradients[k], c.LearningRate)], HiddenCases.DefaultSeed, TimeSpan.FromMilliseconds(200));
            Assert.False(result.Correct);
            Assert.Equal(0, result.Score);
            Assert.Single(result.Details);
            Assert.Contains("did not finish within 0.2 s", result.Details[0], StringComparison.Ordinal);
        }
        finally
        {
            stop.Set();
        }
    }

    [Fact]
    public void Null_function_unknown_id_and_mismatched_shape_give_feedback()
    {
        var missing = Exercise.Check("sgd-step", (SgdStep)null!);
        Assert.True(missing.Unanswered);
        Assert.False(missing.Correct);

        var unknown = Exercise.Check("sgd-stepp", (w, g, lr) => w);
        Assert.Contains("sgd-step", unknown.Feedback, StringComparison.Ordinal);
        Assert.Equal(0, unknown.MaxScore);

        var mismatched = Exercise.Check("nesterov-step", (w, g, lr) => w);
        Assert.False(mismatched.Correct);
        Assert.Contains("different shape", mismatched.Feedback, StringComparison.Ordinal);
    }

    [Fact]
    public void Partial_credit_counts_passing_cases()
    {
        // Correct only while every gradient entry is positive in the first step's first coordinate: some cases pass, some fail.
        var result = Exercise.Check("sgd-step", (w, g, lr) => w.Select((x, i) => g[0] > 0 ? x - (lr * g[i]) : x + (lr * g[i])).ToArray());
        Assert.InRange(result.Score, 0, result.MaxScore);
        Assert.False(result.Correct);
    }

    [Fact]
    public void The_seed_variable_selects_other_hidden_cases()
    {
        Assert.Equal(HiddenCases.DefaultSeed, HiddenCases.SeedFrom(null));
        Assert.Equal(HiddenCases.DefaultSeed, HiddenCases.SeedFrom("  "));
        Assert.Equal(1234, HiddenCases.SeedFrom("1234"));
        Assert.Equal(HiddenCases.SeedFrom("a secret"), HiddenCases.SeedFrom("a secret"));
        Assert.NotEqual(HiddenCases.SeedFrom("a secret"), HiddenCases.SeedFrom("another secret"));

        var exercise = ExerciseCatalog.ById["momentum-step"];
        var ours = HiddenCases.For(exercise, HiddenCases.DefaultSeed);
        var again = HiddenCases.For(exercise, HiddenCases.DefaultSeed);
        var graders = HiddenCases.For(exercise, HiddenCases.SeedFrom("a secret"));
        Assert.Equal(ours[0].InitialWeights, again[0].InitialWeights);
        Assert.NotEqual(ours[0].InitialWeights, graders[0].InitialWeights);
    }
}
