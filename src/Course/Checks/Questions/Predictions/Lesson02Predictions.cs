using Course.Checks.Quizzes;

namespace Course.Checks.Questions.Predictions;

/// <summary>Predictions of lesson 02, asked before the first pictures and the gradient-noise measurement.</summary>
internal static class Lesson02Predictions
{
    /// <summary>The prediction questions of lesson 02.</summary>
    public static IEnumerable<Question> Questions =>
    [
        new MultipleChoiceQuestion(
            "02-predict-equal-work",
            "Same learning rate, batch sizes N (full), 1 and 32. Counted in gradient evaluations (work), not in steps, which runs bring the loss down first?",
            [
                new('a', "The full batch: every one of its steps uses the exact gradient.",
                    "Per step it is best, but one full-batch step costs N = 569 evaluations; for that price b = 1 takes 569 steps."),
                new('b', "The small batches (b = 1 and b = 32).", null),
                new('c', "All three together: each sees the same examples per epoch.",
                    "They see the same examples but move the weights a different number of times: N/b steps per epoch."),
            ],
            'b',
            "For the work of one full-batch step a batch of b takes N/b steps, and each of them, though noisy, points downhill on average."),

        new MultipleChoiceQuestion(
            "02-predict-noise-4x",
            "You make the mini-batch 4 times larger (32 → 128). What happens to the typical size (standard deviation) of the error of the mini-batch gradient?",
            [
                new('a', "It falls by a factor 4.",
                    "That is the mean squared error, which falls like 1/b; the standard deviation is its square root."),
                new('b', "It halves.", null),
                new('c', "It stays the same: every example's gradient is as noisy as before.",
                    "Each example is as noisy as before, but averaging b independent errors cancels much of them."),
            ],
            'b',
            "The mean squared error of an average of b examples is σ²/b, so 4 times the batch gives a quarter of the squared error and half of its square root."),
    ];
}
