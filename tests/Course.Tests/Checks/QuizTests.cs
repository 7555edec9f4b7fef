using System.Text.RegularExpressions;
using Course.Checks;
using Course.Checks.Quizzes;

namespace Course.Tests.Checks;

public sealed partial class QuizTests
{
    [Fact]
    public void Every_lesson_from_00_to_10_has_at_least_four_questions_with_well_formed_ids()
    {
        var ids = Quiz.Ids;
        Assert.All(ids, id => Assert.Matches(IdPattern(), id));
        for (var lesson = 0; lesson <= 10; lesson++)
        {
            var prefix = $"{lesson:00}-";
            Assert.True(ids.Count(id => id.StartsWith(prefix, StringComparison.Ordinal)) >= 4, $"lesson {prefix} has fewer than 4 questions");
        }
    }

    [Fact]
    public void Every_question_accepts_its_own_key_and_rejects_a_wrong_answer()
    {
        foreach (var question in QuestionBank.Questions.Values)
        {
            var (right, wrong) = question switch
            {
                MultipleChoiceQuestion mc => (Quiz.Ask(mc.Id, mc.Answer), Quiz.Ask(mc.Id, mc.Choices.First(c => c.Key != mc.Answer).Key)),
                TrueFalseQuestion tf => (Quiz.Ask(tf.Id, tf.Answer), Quiz.Ask(tf.Id, !tf.Answer)),
                NumericQuestion n => (Quiz.Ask(n.Id, n.Answer), Quiz.Ask(n.Id, n.Answer + (10 * n.Tolerance) + 1)),
                OrderingQuestion o => (Quiz.Ask(o.Id, o.ItemsInOrder.ToArray()), Quiz.Ask(o.Id, o.ItemsInOrder.Reverse().ToArray())),
                _ => throw new InvalidOperationException(question.GetType().Name),
            };
            Assert.True(right.Correct, question.Id);
            Assert.Equal(question.Points, right.Score);
            Assert.False(wrong.Correct, question.Id);
            Assert.True(wrong.Score < wrong.MaxScore, question.Id);
        }
    }

    [Fact]
    public void Momentum_decay_key_is_point_nine_to_the_tenth()
    {
        // 0.9^10 = 0.3486784401 (by hand: 0.81^5).
        Assert.True(Quiz.Ask("03-momentum-decay", 0.3487).Correct);
        Assert.True(Quiz.Ask("03-momentum-decay", "0.35").Correct);
        Assert.True(Quiz.Ask("03-momentum-decay", "35%").Correct);
        var trap = Quiz.Ask("03-momentum-decay", 9);
        Assert.False(trap.Correct);
        Assert.Contains("power", trap.Feedback, StringComparison.Ordinal);
    }

    [Fact]
    public void Bias_correction_denominator_is_one_thousandth_and_t_zero_is_named()
    {
        Assert.True(Quiz.Ask("07-correction-denominator", 0.001).Correct);
        var fromZero = Quiz.Ask("07-correction-denominator", 0);
        Assert.False(fromZero.Correct);
        Assert.Equal("bias-correction-t-from-zero", fromZero.Misconception?.Id);
    }

    [Fact]
    public void Uncorrected_first_adam_step_is_about_three_point_one_six()
    {
        // 0.1 / sqrt(0.001) = 3.16227766...
        Assert.True(Quiz.Ask("07-uncorrected-first-step", 3.16).Correct);
        Assert.False(Quiz.Ask("07-uncorrected-first-step", 1.0).Correct);
    }

    [Fact]
    public void Numeric_answers_accept_units_and_refuse_the_wrong_unit()
    {
        Assert.True(Quiz.Ask("02-steps-per-epoch", "4 steps").Correct);
        Assert.True(Quiz.Ask("02-steps-per-epoch", "4").Correct);
        Assert.True(Quiz.Ask("02-steps-per-epoch", 4).Correct);
        var wrongUnit = Quiz.Ask("02-steps-per-epoch", "4 epochs");
        Assert.False(wrongUnit.Correct);
        Assert.Contains("steps", wrongUnit.Feedback, StringComparison.Ordinal);
        Assert.False(Quiz.Ask("02-steps-per-epoch", "four").Correct);
        Assert.False(Quiz.Ask("02-steps-per-epoch", double.NaN).Correct);
    }

    [Fact]
    public void A_wrong_choice_explains_why_it_tempts_and_carries_its_misconception()
    {
        var result = Quiz.Ask("04-nesterov-trait", "b");
        Assert.False(result.Correct);
        Assert.Equal(0, result.Score);
        Assert.Equal(1, result.MaxScore);
        Assert.Contains("classical momentum", result.Feedback, StringComparison.Ordinal);
        Assert.Equal("lookahead-at-current-point", result.Misconception?.Id);
        Assert.Equal(CheckKind.MultipleChoice, result.Kind);
    }

    [Theory]
    [InlineData("a")]
    [InlineData("(a)")]
    [InlineData("A")]
    [InlineData(" a. ")]
    public void Choice_letters_are_read_leniently(string answer) =>
        Assert.True(Quiz.Ask("04-nesterov-trait", answer).Correct);

    [Fact]
    public void True_false_accepts_bool_and_text()
    {
        Assert.True(Quiz.Ask("06-ema-of-squares", true).Correct);
        Assert.True(Quiz.Ask("06-ema-of-squares", "True").Correct);
        Assert.False(Quiz.Ask("06-ema-of-squares", false).Correct);
        Assert.False(Quiz.Ask("06-ema-of-squares", "maybe").Correct);
    }

    [Fact]
    public void Ordering_gives_partial_credit_and_accepts_letters_in_several_forms()
    {
        var question = (OrderingQuestion)QuestionBank.Questions["00-training-loop-order"];
        var letters = question.ItemsInOrder.Select(i => question.Shown.First(s => s.Value == i).Key.ToString()).ToArray();
        Assert.True(Quiz.Ask(question.Id, letters).Correct);
        Assert.True(Quiz.Ask(question.Id, string.Join(", ", letters)).Correct);
        Assert.NotEqual(question.ItemsInOrder, question.Shown.Select(s => s.Value));

        var swappedLastTwo = letters.Take(2).Concat([letters[3], letters[2]]).ToArray();
        var partial = Quiz.Ask(question.Id, swappedLastTwo);
        Assert.False(partial.Correct);
        Assert.Equal(question.Points * 2 / 4, partial.Score);
        Assert.False(Quiz.Ask(question.Id, letters[0], letters[0], letters[1], letters[2]).Correct);
    }

    [Fact]
    public void Bad_input_and_unknown_ids_give_feedback_not_exceptions()
    {
        var unknown = Quiz.Ask("03-momentum-decy", "b");
        Assert.False(unknown.Correct);
        Assert.Equal(0, unknown.MaxScore);
        Assert.Contains("03-momentum-decay", unknown.Feedback, StringComparison.Ordinal);

        Assert.False(Quiz.Ask(null!, "b").Correct);
        Assert.False(Quiz.Ask("04-nesterov-trait", 'z').Correct);
        Assert.False(Quiz.Ask("04-nesterov-trait", 3.0).Correct);
        Assert.False(Quiz.Ask("04-nesterov-trait", (string?)null).Correct);
        Assert.False(Quiz.Ask("04-nesterov-trait", (string?[]?)null).Correct);
        Assert.False(Quiz.Ask("00-training-loop-order", "q", "r", "s", "t").Correct);
        Assert.False(Quiz.Ask("00-training-loop-order", true).Correct);
        Assert.Contains("no question", Quiz.Show("nope").Prompt, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void An_empty_answer_is_unanswered_for_every_question()
    {
        foreach (var id in Quiz.Ids)
        {
            var result = Quiz.Ask(id, "");
            Assert.True(result.Unanswered, id);
            Assert.Equal(0, result.Score);
            Assert.True(result.MaxScore > 0, id);
        }
    }

    [Fact]
    public void Show_lists_the_choices_but_never_the_key()
    {
        var view = Quiz.Show("05-frequent-coordinates");
        Assert.Equal(3, view.Options.Count);
        Assert.Equal(CheckKind.MultipleChoice, view.Kind);
        Assert.DoesNotContain("correct", view.HowToAnswer, StringComparison.OrdinalIgnoreCase);
    }

    [GeneratedRegex("^[01][0-9]-[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();
}
