using Course.Checks.Quizzes;

namespace Course.Checks.Questions.Predictions;

/// <summary>Predictions of lesson 03, asked before the first picture and the sweep over μ.</summary>
internal static class Lesson03Predictions
{
    /// <summary>The prediction questions of lesson 03.</summary>
    public static IEnumerable<Question> Questions =>
    [
        new MultipleChoiceQuestion(
            "03-predict-ravine",
            "Same ravine, start and learning rate (0.02), 60 steps: plain gradient descent and momentum with μ = 0.9. Which ends closer to the minimum?",
            [
                new('a', "Plain gradient descent: momentum overshoots and wastes steps.",
                    "Momentum does overshoot across the narrow direction, but there the swings cancel; along the floor, where plain descent crawls, its velocity builds up."),
                new('b', "Momentum.", null),
                new('c', "Both end at the same point: with the same learning rate they take the same steps.",
                    "The steps differ from the second step on: momentum adds μ times the previous velocity to every step."),
            ],
            'b',
            "Along the ravine's floor the gradient keeps pointing the same way, so the velocity grows towards g/(1 − μ), ten times the plain step, while the pushes across the ravine alternate and cancel."),

        new MultipleChoiceQuestion(
            "03-predict-mu-099",
            "On the same ravine for 150 steps, μ = 0.9 against μ = 0.99. Which ends with the lower loss?",
            [
                new('a', "μ = 0.99: more momentum, more speed.",
                    "More momentum also means less friction: the ball overshoots the minimum and keeps circling it long after μ = 0.9 has settled."),
                new('b', "μ = 0.9.", null),
                new('c', "Neither: μ = 0.99 diverges.",
                    "With μ < 1 and a small learning rate the heavy ball is still stable; it spirals in slowly instead of blowing up."),
            ],
            'b',
            "With μ close to 1 the velocity keeps almost all of itself from one step to the next, so every overshoot is followed by a long slow spiral; μ = 0.9 balances speed along the floor and damping."),
    ];
}
