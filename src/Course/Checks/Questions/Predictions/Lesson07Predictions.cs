using Course.Checks.Quizzes;

namespace Course.Checks.Questions.Predictions;

/// <summary>Predictions of lesson 07, asked before the first-moment chart and the preconditioning chart.</summary>
internal static class Lesson07Predictions
{
    /// <summary>The prediction questions of lesson 07.</summary>
    public static IEnumerable<Question> Questions =>
    [
        new MultipleChoiceQuestion(
            "07-predict-first-m",
            "Gradients with mean 1 arrive one per step. After the first step, what is the raw first moment m = β₁m + (1 − β₁)g, with β₁ = 0.9 and m starting at 0?",
            [
                new('a', "About 1, the mean of the gradients.",
                    "m starts at 0 and takes only (1 − β₁) = 10 % of each new gradient, so after one step it holds a tenth of the first gradient."),
                new('b', "About 0.1: a tenth of the first gradient.", null),
                new('c', "0: the average needs a few steps before it starts.",
                    "It moves at the first step, by (1 − β₁)g₁; it just starts far too low, which is what bias correction fixes."),
            ],
            'b',
            "m₁ = 0.9·0 + 0.1·g₁. Dividing by 1 − β₁¹ = 0.1 gives m̂₁ = g₁, which is why the corrected curve starts at the gradients' level."),

        new MultipleChoiceQuestion(
            "07-predict-effective-kappa",
            "Adam on a quadratic with condition number κ = 100. Measured from Adam's own v̂, what is the condition number of the problem it effectively solves?",
            [
                new('a', "Still 100: rescaling the coordinates cannot change the shape of the bowl.",
                    "On an axis-aligned bowl each axis is one coordinate, so dividing each coordinate's step by its own gradient size rescales the axes towards equal curvature."),
                new('b', "A few units: far below 100, but not 1.", null),
                new('c', "Exactly 1: Adam's preconditioner is the inverse curvature.",
                    "v̂ is an average of past squared gradients, which depend on where the iterate has been, not only on the curvature; it approximates the right scaling, not exactly."),
                new('d', "Above 100: dividing by small numbers makes the problem worse.",
                    "The flat coordinate, with small gradients, is divided by a small number and so speeds up: the effective curvatures move towards each other."),
            ],
            'b',
            "Adam's P = diag(1/(√v̂ + ε)) rescales each axis by its gradient size, which on this bowl tracks its curvature, so κ(P½HP½) falls from 100 to a few units."),
    ];
}
