using Course.Checks.Quizzes;

namespace Course.Checks.Questions;

/// <summary>Knowledge checks of lesson 10: schedules, the noise floor, gradient clipping and saddle points.</summary>
internal static class Lesson10SchedulesClippingSaddles
{
    /// <summary>The questions of lesson 10.</summary>
    public static IEnumerable<Question> Questions =>
    [
        new MultipleChoiceQuestion(
            "10-noise-floor",
            "SGD with a constant learning rate η on a problem whose gradients are noisy stops improving at a loss above the minimum. What happens to that floor if you halve η?",
            [
                new('a', "It stays the same: the floor is set by the noise, not by η.",
                    "The noise only matters through the steps it causes, and each step is η times the noisy gradient."),
                new('b', "It roughly halves: the stationary spread of the iterate grows with η.", null),
                new('c', "It doubles, because smaller steps average less noise.",
                    "Smaller steps mean each noisy gradient moves the iterate less, so the floor falls, not rises."),
            ],
            'b',
            "For f = ½λw² with gradient noise of variance σ², the expected loss settles at ησ²/(2(2 − ηλ)) ≈ ησ²/4: proportional to η for small η. A decaying η drives it to zero."),

        new TrueFalseQuestion(
            "10-cosine-past-end",
            "PyTorch's CosineAnnealingLR, stepped past T_max, keeps the learning rate at eta_min.",
            false,
            "Its formula keeps following the cosine, so the rate climbs back to the initial value at 2·T_max and repeats. The course's CosineAnnealing holds the minimum unless you pass ContinuePastEnd: true.",
            "\"Annealing\" suggests the rate only ever goes down, and most runs stop at T_max, so the climb is rarely seen."),

        new NumericQuestion(
            "10-inverse-time",
            "A 1/t schedule Factor(t) = 1/(1 + γt) with γ = 0.01 starts at η = 0.2. What is the learning rate at step t = 300?",
            0.2 / (1 + (0.01 * 300)),
            1e-6,
            string.Empty,
            "1 + 0.01 · 300 = 4, so the rate is 0.2 / 4.",
            [
                new NumericTrap(0.2 / Math.Sqrt(1 + (0.01 * 300)), "That is the 1/√t schedule (power ½); the 1/t schedule divides by 1 + γt itself."),
                new NumericTrap(0.2 * Math.Pow(0.99, 300), "That is exponential decay with γ = 0.99, which falls much faster."),
            ]),

        new MultipleChoiceQuestion(
            "10-clip-norm-vs-value",
            "The gradient is (0.1, 50). What does clipping do to it?",
            [
                new('a', "Clipping by norm to 1 and by value to 1 both give (0.1, 1).",
                    "Only value clipping cuts coordinates separately; norm clipping scales the whole vector."),
                new('b', "Clipping by norm to 1 gives about (0.002, 1), keeping the direction; clipping by value to 1 gives (0.1, 1), which turns the direction.", null),
                new('c', "Clipping by value to 1 keeps the direction; clipping by norm changes it.",
                    "It is the other way round: norm clipping multiplies every coordinate by the same factor."),
            ],
            'b',
            "Norm clipping multiplies by 1/‖g‖ ≈ 1/50 (same direction, shorter); value clipping clamps each coordinate to ±1, so the small coordinate gains relative weight."),

        new TrueFalseQuestion(
            "10-clip-when-small",
            "Clipping by norm with max_norm = 5 changes the gradient (3, 4).",
            false,
            "‖(3, 4)‖ = 5 is not above the limit: the factor min(1, 5/(5 + 10⁻⁶)) is 1 to within 10⁻⁶, so the step is unchanged. Clipping only acts on the rare large gradients.",
            "It is tempting to think clipping always rescales to max_norm; it only ever shrinks gradients that are too long."),

        new NumericQuestion(
            "10-saddle-escape",
            "Gradient descent with η = 0.1 on f(x, y) = x² − y², starting at y = 10⁻⁶. Each step multiplies y by 1 + 2η. About how many steps until |y| > 1? (Round to the nearest whole step.)",
            Math.Ceiling(Math.Log(1e6) / Math.Log(1.2)),
            1,
            "steps",
            "y_t = 10⁻⁶ · 1.2ᵗ > 1 when t > ln 10⁶ / ln 1.2 ≈ 75.8, so 76 steps.",
            [
                new NumericTrap(Math.Ceiling(Math.Log(1e6) / Math.Log(1.1)), "That grows y by 1 + η per step; the curvature along y is −2, so the factor is 1 + 2η."),
                new NumericTrap(Math.Ceiling(1e6 * 0.1), "Escape is exponential in t, not linear: each step multiplies y, it does not add to it."),
            ]),

        new MultipleChoiceQuestion(
            "10-saddle-exact",
            "Gradient descent starts exactly on the ridge of a saddle, at y = 0, where the loss curves downwards along y. What happens?",
            [
                new('a', "It escapes slowly, like a start at y = 10⁻⁶.",
                    "The y-gradient is exactly 0 at y = 0, and gradient descent multiplies 0 by 1 + 2η forever."),
                new('b', "It never leaves y = 0: it converges to the saddle point. Gradient noise (or a random start) is what lets it escape.", null),
                new('c', "Momentum alone lets it escape.",
                    "Momentum accumulates gradients, and the y-gradients are all exactly 0; it speeds an escape up but cannot start one."),
            ],
            'b',
            "On the ridge the y-component of every gradient is zero, so no deterministic gradient method leaves it; random noise in the gradient kicks it off the ridge, after which the instability grows it."),
    ];
}
