using Course.Checks;
using Course.Checks.Batches;

namespace Course.Tests.Checks;

/// <summary>
/// The mini-batch exercise: a correct epoch passes, each recognised mistake is named, and bad learner code
/// (null, exceptions, endless loops) becomes feedback. Correctness is judged by the partition properties, not
/// by comparison with the library's own shuffle.
/// </summary>
public sealed class EpochBatchesCheckerTests
{
    private static int[][] Correct(int n, int batchSize, Random random)
    {
        var order = Enumerable.Range(0, n).ToArray();
        random.Shuffle(order);
        return order.Chunk(batchSize).ToArray();
    }

    [Fact]
    public void A_shuffled_partition_passes_every_case()
    {
        var result = Exercise.Check("minibatch-epoch", Correct);
        Assert.True(result.Correct, result.Feedback + string.Join("\n", result.Details));
        Assert.Equal(result.MaxScore, result.Score);
        Assert.Null(result.Misconception);
    }

    [Fact]
    public void The_hidden_cases_include_a_batch_size_that_does_not_divide_n_and_the_two_extremes()
    {
        var cases = EpochBatchesChecker.Cases(12345);
        Assert.Contains(cases, c => c.N % c.BatchSize != 0);
        Assert.Contains(cases, c => c.BatchSize == 1);
        Assert.Contains(cases, c => c.BatchSize == c.N);
    }

    [Fact]
    public void Batches_in_stored_order_are_not_shuffled()
    {
        var result = Exercise.Check("minibatch-epoch", (int n, int b, Random _) => Enumerable.Range(0, n).Chunk(b).ToArray());
        Assert.False(result.Correct);
        Assert.Equal(BatchMisconceptions.NotShuffled, result.Misconception);
    }

    [Fact]
    public void Dropping_the_last_partial_batch_is_recognised()
    {
        var result = Exercise.Check("minibatch-epoch", (int n, int b, Random r) => Correct(n, b, r).Where(batch => batch.Length == b).ToArray());
        Assert.False(result.Correct);
        Assert.Equal(BatchMisconceptions.LastBatchDropped, result.Misconception);
    }

    [Fact]
    public void Drawing_with_replacement_is_recognised()
    {
        var result = Exercise.Check("minibatch-epoch", (int n, int b, Random r) =>
            Enumerable.Range(0, n).Select(_ => r.Next(n)).Chunk(b).ToArray());
        Assert.False(result.Correct);
        Assert.Equal(BatchMisconceptions.WithReplacement, result.Misconception);
    }

    [Fact]
    public void Ignoring_the_given_generator_is_recognised()
    {
        var own = new Random(1);
        var result = Exercise.Check("minibatch-epoch", (int n, int b, Random _) => Correct(n, b, own));
        Assert.False(result.Correct);
        Assert.Equal(BatchMisconceptions.IgnoresGivenRandom, result.Misconception);
    }

    [Fact]
    public void Returning_null_or_a_null_batch_is_reported()
    {
        var none = Exercise.Check("minibatch-epoch", (int n, int b, Random r) => null!);
        Assert.False(none.Correct);
        Assert.Contains(none.Details, d => d.Contains("returned null", StringComparison.Ordinal));
        var hole = Exercise.Check("minibatch-epoch", (int n, int b, Random r) => [null!]);
        Assert.Contains(hole.Details, d => d.Contains("null or empty", StringComparison.Ordinal));
    }

    [Fact]
    public void An_index_out_of_range_is_reported()
    {
        var result = Exercise.Check("minibatch-epoch", (int n, int b, Random r) => Correct(n, b, r).Select(batch => batch.Select(i => i + 1).ToArray()).ToArray());
        Assert.False(result.Correct);
        Assert.Contains(result.Details, d => d.Contains("outside", StringComparison.Ordinal));
    }

    [Fact]
    public void An_exception_in_the_learners_code_becomes_feedback()
    {
        var result = Exercise.Check("minibatch-epoch", (int n, int b, Random r) => throw new InvalidOperationException("oops"));
        Assert.False(result.Correct);
        Assert.Contains(result.Details, d => d.Contains("InvalidOperationException: oops", StringComparison.Ordinal));
    }

    [Fact]
    public void Not_implemented_counts_as_unanswered()
    {
        var result = Exercise.Check("minibatch-epoch", (int n, int b, Random r) => throw new NotImplementedException());
        Assert.True(result.Unanswered);
        Assert.Equal(0, result.Score);
    }

    [Fact]
    public void An_endless_loop_times_out_and_the_check_returns()
    {
        var result = Exercise.Check("minibatch-epoch", (int n, int b, Random r) =>
        {
            while (true)
            {
                Thread.Sleep(10);
            }
        });
        Assert.False(result.Correct);
        Assert.Contains(result.Details, d => d.Contains("did not finish", StringComparison.Ordinal));
    }

    [Fact]
    public void A_null_function_or_a_wrong_id_gets_a_card()
    {
        Assert.True(Exercise.Check("minibatch-epoch", (EpochBatches)null!).Unanswered);
        var wrong = Exercise.Check("sgd-step", (EpochBatches)Correct);
        Assert.False(wrong.Correct);
        Assert.Contains("minibatch-epoch", wrong.Feedback, StringComparison.Ordinal);
    }

    [Fact]
    public void An_untyped_three_argument_lambda_still_means_an_sgd_step()
    {
        var result = Exercise.Check("sgd-step", (w, g, lr) => w.Zip(g, (a, c) => a - (lr * c)).ToArray());
        Assert.True(result.Correct);
    }
}
