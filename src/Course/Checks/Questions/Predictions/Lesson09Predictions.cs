using Course.Checks.Quizzes;

namespace Course.Checks.Questions.Predictions;

/// <summary>Predictions of lesson 09, asked before the warmup-cosine chart and the Lion path.</summary>
internal static class Lesson09Predictions
{
    /// <summary>The prediction questions of lesson 09.</summary>
    public static IEnumerable<Question> Questions =>
    [
        new MultipleChoiceQuestion(
            "09-predict-cosine-midpoint",
            "Warmup for 10 steps from 0.01 to 0.1, then cosine down to 0.001 at step 100. What is the learning rate at step 55, halfway through the cosine?",
            [
                new('a', "Still about 0.1: a cosine stays flat for most of its length.",
                    "It is flat only near its two ends; at its midpoint it falls fastest."),
                new('b', "About 0.05: halfway between the peak and the minimum.", null),
                new('c', "About 0.01: it falls geometrically, like exponential decay.",
                    "A cosine schedule falls by equal amounts around its midpoint, not by equal factors."),
                new('d', "0.001: the minimum is reached halfway.",
                    "The minimum is reached at the end, step 100."),
            ],
            'b',
            "The cosine runs over the T − W = 90 steps after warmup; at step 55 it is halfway, where 1 + cos(π/2) = 1, so η = η_min + ½(η_max − η_min) = 0.001 + 0.0495 ≈ 0.05."),

        new MultipleChoiceQuestion(
            "09-predict-lion-steps",
            "Lion (no weight decay) on Rosenbrock. How large is each of its steps in x and in y?",
            [
                new('a', "Large on the steep walls, small on the flat floor, like gradient descent.",
                    "Lion keeps only the sign of its interpolated momentum; the size of the gradient never reaches the step."),
                new('b', "Exactly η in every coordinate, every step: the path moves in diagonal segments.", null),
                new('c', "About η in total length, pointing along the gradient, like Adam's early steps.",
                    "Adam's steps are close to ±η per coordinate only early on and vary after; Lion's are exactly ±η per coordinate, so their direction is always a diagonal."),
            ],
            'b',
            "w ← w − η·sign(c): each coordinate moves by exactly η, up or down, so every step is one of the four diagonals."),
    ];
}
