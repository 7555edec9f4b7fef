using Course.Checks.Quizzes;

namespace Course.Checks.Questions.Predictions;

/// <summary>Predictions of lesson 05, asked before the first picture and the rare-features experiment.</summary>
internal static class Lesson05Predictions
{
    /// <summary>The prediction questions of lesson 05.</summary>
    public static IEnumerable<Question> Questions =>
    [
        new MultipleChoiceQuestion(
            "05-predict-first-step",
            "On a bowl 25 times steeper along y than along x, which way does AdaGrad's very first step go?",
            [
                new('a', "Along the negative gradient, mostly in y, like SGD's first step.",
                    "SGD's step is η·g; AdaGrad divides each coordinate by √s = √(g²) = |g| on the first step, so the gradient's size drops out."),
                new('b', "At 45°: both coordinates move by the same amount, η, whatever their slopes.", null),
                new('c', "Almost only along x, the flat direction, because AdaGrad favours small gradients.",
                    "Small gradients get a larger multiplier, but on the first step that multiplier exactly cancels each gradient's size: both coordinates move by η."),
            ],
            'b',
            "After one step s = g² for each coordinate, so the step is η·g/|g| = ±η in every coordinate: a diagonal move, whatever the slope."),

        new MultipleChoiceQuestion(
            "05-predict-rare-features",
            "Dense features seen in every sample, rare features in 2 % of them; SGD and AdaGrad each at their best learning rate. After a third of the data, which has the smaller error on the rare weights?",
            [
                new('a', "SGD: with its best learning rate it is as good as anything.",
                    "Its best learning rate is set by the dense features, whose large inputs would make a larger step overshoot; at that rate the rarely updated weights crawl."),
                new('b', "AdaGrad.", null),
                new('c', "Neither: both were tuned, so they end up the same.",
                    "Tuning picks one number per optimizer; only AdaGrad can give the rare weights a larger step than the dense ones."),
            ],
            'b',
            "A rare weight's sum of squared gradients stays small because it is rarely updated, so AdaGrad gives it a large step whenever its feature does appear."),
    ];
}
