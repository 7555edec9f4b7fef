using Course.Checks.Quizzes;

namespace Course.Checks.Questions.Predictions;

/// <summary>Predictions of lesson 10, asked before the noise-floor picture and the clipping comparison.</summary>
internal static class Lesson10Predictions
{
    /// <summary>The prediction questions of lesson 10.</summary>
    public static IEnumerable<Question> Questions =>
    [
        new MultipleChoiceQuestion(
            "10-predict-noise-floor",
            "SGD on f(w) = ½w² with noisy gradients (σ = 1), 2,000 steps, once with a constant rate and once with the same rate decayed as 1/t. What happens to the constant-rate loss?",
            [
                new('a', "It keeps falling towards 0, just more slowly than without noise.",
                    "The noise kicks w by ησξ every step; with a constant η those kicks never shrink, so the loss settles where kicks and pull-back balance."),
                new('b', "It falls and then stalls on a floor, while the decaying rate keeps going down.", null),
                new('c', "It diverges: noise adds up step after step.",
                    "The pull towards 0, (1 − ηλ)w, shrinks the accumulated noise geometrically, so it stays bounded."),
            ],
            'b',
            "With a constant rate the loss settles at about ησ²/(2(2 − ηλ)), set by η; a rate that decays lowers that floor as it goes."),

        new MultipleChoiceQuestion(
            "10-predict-clipping",
            "Gradient descent at lr 0.004 on Rosenbrock from a steep wall, 2,000 steps: unclipped, clipped by norm at 10, clipped by value at 10. Which clipped run ends lower?",
            [
                new('a', "Clipped by value: it caps each coordinate, so both keep moving.",
                    "Capping each coordinate separately changes the step's direction: the coordinate that was not cut dominates, and the early steps go sideways."),
                new('b', "Clipped by norm.", null),
                new('c', "Both end the same: each caps the gradient at 10.",
                    "Both cap its size, but only norm clipping keeps its direction."),
            ],
            'b',
            "Norm clipping shortens a huge gradient but keeps it pointing straight down the steepest direction, so the run follows the valley once the walls are behind it."),
    ];
}
