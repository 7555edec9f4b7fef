using Course.Checks.Quizzes;

namespace Course.Checks.Questions.Predictions;

/// <summary>Predictions of lesson 04, asked before the first picture and the learning-rate sweep.</summary>
internal static class Lesson04Predictions
{
    /// <summary>The prediction questions of lesson 04.</summary>
    public static IEnumerable<Question> Questions =>
    [
        new MultipleChoiceQuestion(
            "04-predict-overshoot",
            "The ravine, η = 0.02, μ = 0.95: classic momentum and Nesterov, same two numbers. Which path swings farther past the minimum?",
            [
                new('a', "Nesterov: looking ahead makes it move farther.",
                    "It looks ahead to measure the slope there, and when that slope points back it shortens the step: it brakes earlier."),
                new('b', "Classic momentum.", null),
                new('c', "Neither: with the same η and μ they take the same path.",
                    "They differ in where the gradient is measured: at w for classic momentum, at w + μu for Nesterov."),
            ],
            'b',
            "Near the far wall the gradient at the lookahead point already points back, so Nesterov's correction starts before the overshoot instead of after it."),

        new MultipleChoiceQuestion(
            "04-predict-lr-tolerance",
            "With μ = 0.9, the sweep raises η until the runs blow up. Which one blows up at the smaller learning rate?",
            [
                new('a', "Classic momentum: it has no brake.",
                    "Its missing brake causes overshoot, but on a quadratic it stays stable up to ηλ = 2(1 + μ), a larger limit than Nesterov's."),
                new('b', "Nesterov.", null),
                new('c', "Both at the same η: the limit is 2/λmax for every method.",
                    "2/λmax is plain gradient descent's limit; momentum moves it up to 2(1 + μ)/λmax, and Nesterov to 2(1 + μ)/((1 + 2μ)λmax)."),
            ],
            'b',
            "On a quadratic with curvature λ, classic momentum is stable for ηλ < 2(1 + μ) and Nesterov for ηλ < 2(1 + μ)/(1 + 2μ): at μ = 0.9 that is 3.8 against 1.36."),
    ];
}
