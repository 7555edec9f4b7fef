using Course.Checks.Quizzes;

namespace Course.Checks.Questions.Predictions;

/// <summary>Predictions of lesson 00, asked before its first chart.</summary>
internal static class Lesson00Predictions
{
    /// <summary>The prediction questions of lesson 00.</summary>
    public static IEnumerable<Question> Questions =>
    [
        new MultipleChoiceQuestion(
            "00-predict-curve-shape",
            "Gradient descent on f(w) = ½w² from w = 3 with learning rate 0.3, for 15 steps. What shape will the loss curve have?",
            [
                new('a', "A straight line down: every step removes the same amount of loss.",
                    "The step is η·f'(w) = 0.3w, which shrinks with w; near the minimum the slope is small, so the steps are small too."),
                new('b', "Steep at first, then flattening towards zero: every step removes the same fraction of what is left.", null),
                new('c', "Flat at first, then steep: the optimizer needs a few steps to build up speed.",
                    "Plain gradient descent has no memory and no speed to build up; its first step is its largest, because the slope is steepest far from the minimum."),
                new('d', "Up and down: the weight jumps over the minimum and back.",
                    "That happens when 1 − η·f'' is negative, that is η > 1 here; with η = 0.3 the factor 1 − η = 0.7 is positive, so w never changes sign."),
            ],
            'b',
            "Each step multiplies w by 1 − η = 0.7, so the loss ½w² is multiplied by 0.49: a geometric decay, steep while the loss is large and flat once it is small."),

        new MultipleChoiceQuestion(
            "00-predict-loss-left",
            "After those 15 steps, roughly what fraction of the first loss (4.5) is left?",
            [
                new('a', "About 0.5 %, that is 0.7¹⁵.",
                    "0.7¹⁵ is what is left of w; the loss is ½w², so it shrinks by the square of that factor each step."),
                new('b', "About 0.002 %, that is 0.7³⁰.", null),
                new('c', "None: 15 steps of 0.3 reach the minimum exactly.",
                    "Each step removes only 30 % of what is left of w, so w = 3·0.7¹⁵ is small but never exactly zero."),
                new('d', "About half: the loss falls slowly because the learning rate is small.",
                    "A factor 0.49 per step compounds: after 15 steps it is 0.49¹⁵, far below a half."),
            ],
            'b',
            "w after 15 steps is 3·0.7¹⁵, and the loss is its square over two, so the fraction left is (0.7¹⁵)² = 0.7³⁰ ≈ 2.3·10⁻⁵."),
    ];
}
