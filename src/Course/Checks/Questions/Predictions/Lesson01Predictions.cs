using Course.Checks.Quizzes;

namespace Course.Checks.Questions.Predictions;

/// <summary>Predictions of lesson 01, asked before the one-weight chart and the learning-rate sweep.</summary>
internal static class Lesson01Predictions
{
    /// <summary>The prediction questions of lesson 01.</summary>
    public static IEnumerable<Question> Questions =>
    [
        new MultipleChoiceQuestion(
            "01-predict-which-grows",
            "On f(w) = 2w² (curvature a = 4), four runs start at w = 1 with learning rates 0.05, 0.25, 0.45 and 0.55. Which one ends with |w| larger than it started?",
            [
                new('a', "0.05",
                    "A small learning rate is slow, not unstable: the factor 1 − 0.05·4 = 0.8 shrinks w every step."),
                new('b', "0.25",
                    "0.25 is 1/a: the factor 1 − ηa is exactly 0, so the first step lands on the minimum."),
                new('c', "0.45",
                    "The factor 1 − 0.45·4 = −0.8 flips the sign of w every step, but |−0.8| < 1, so the zig-zag still dies out."),
                new('d', "0.55", null),
                new('e', "None: gradient descent always goes downhill.",
                    "Each step goes downhill at the point where it starts, but a long step can land higher on the other side of the bowl."),
            ],
            'd',
            "w is multiplied by 1 − ηa each step; at η = 0.55 that is −1.2, so |w| grows by 20 % a step. The limit is η = 2/a = 0.5."),

        new MultipleChoiceQuestion(
            "01-predict-past-the-limit",
            "The sweep runs 60 steps on the ravine for 40 learning rates. What happens to the final loss as η crosses 2/λmax?",
            [
                new('a', "It creeps up a little: a bit too large is a bit worse.",
                    "Below the limit the steep axis shrinks by |1 − ηλmax| < 1 each step; past it, it grows by that factor each step, and 60 steps compound a growth into a huge number."),
                new('b', "It jumps up by many orders of magnitude.", null),
                new('c', "It keeps falling: a larger step covers more ground.",
                    "Only the flat axis profits from a larger step; the steep axis overshoots and, past 2/λmax, overshoots by more than it corrects."),
                new('d', "Nothing changes at that point; the trouble starts at 1/λmax.",
                    "At 1/λmax the steep axis starts to zig-zag but still converges; the zig-zag only grows past 2/λmax."),
            ],
            'b',
            "Along the steepest axis the error is multiplied by 1 − ηλmax every step. Past η = 2/λmax its size exceeds 1, so the error grows geometrically and 60 steps blow the loss up by orders of magnitude."),
    ];
}
