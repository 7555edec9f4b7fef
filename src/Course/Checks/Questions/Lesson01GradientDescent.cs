using Course.Checks.Quizzes;

namespace Course.Checks.Questions;

/// <summary>Knowledge checks of lesson 01: gradient descent and the learning rate.</summary>
internal static class Lesson01GradientDescent
{
    /// <summary>The questions of lesson 01.</summary>
    public static IEnumerable<Question> Questions =>
    [
        new MultipleChoiceQuestion(
            "01-sgd-weakness",
            "Which of these is a real weakness of plain (stochastic) gradient descent?",
            [
                new('a', "It cannot make use of gradients at all.",
                    "Using the gradient is exactly what it does — the whole update is w − η·g."),
                new('b', "It only works for linear models.",
                    "Nothing in w − η·g depends on the model being linear; it trains deep networks too."),
                new('c', "It moves inefficiently, zig-zagging or crawling, when gradients are noisy or the loss curves very differently in different directions.", null),
            ],
            'c',
            "One learning rate for every direction is too big for the steep ones and too small for the shallow ones, and each noisy mini-batch gradient is followed as if it were exact."),

        new MultipleChoiceQuestion(
            "01-ravine-oscillation",
            "Gradient descent zig-zags across a long, narrow valley. What causes the zig-zag?",
            [
                new('a', "The learning rate is too small.",
                    "A smaller rate would shrink the zig-zag, not cause it; tiny steps crawl rather than bounce."),
                new('b', "The curvature across the valley is much larger than along it (a large condition number), so a step size that makes progress along the valley overshoots across it.", null),
                new('c', "The gradient is computed with a bug.",
                    "A correct gradient zig-zags too: the steepest direction across a narrow valley points mostly across it, not along it."),
            ],
            'b',
            "The Hessian's eigenvalues differ a lot: κ = λmax/λmin is large. Steps are limited by the steep direction (η < 2/λmax), so the flat direction advances by only about η·λmin per step."),

        new NumericQuestion(
            "01-update-size",
            "The learning rate is η = 0.001 and one parameter's gradient is g = 20. By how much does one plain gradient-descent step change that parameter? (a positive number)",
            0.001 * 20,
            1e-6,
            string.Empty,
            "The change is η·g = 0.001 × 20 (subtracted from the parameter).",
            [new NumericTrap(20 / 0.001, "That divides by the learning rate instead of multiplying by it.")]),

        new NumericQuestion(
            "01-condition-number",
            "A quadratic loss has Hessian eigenvalues 50 and 0.5. What is its condition number κ?",
            50 / 0.5,
            1e-6,
            string.Empty,
            "κ = λmax / λmin = 50 / 0.5. The larger κ, the narrower the valley and the slower plain gradient descent converges.",
            [new NumericTrap(0.5 / 50, "That is λmin / λmax; the condition number puts the largest eigenvalue on top, so κ ≥ 1.")]),

        new NumericQuestion(
            "01-divergence-threshold",
            "Gradient descent on f(w) = 2w² (curvature f″ = 4). Above which learning rate does it diverge?",
            2.0 / 4.0,
            1e-6,
            string.Empty,
            "Each step multiplies w by (1 − η·f″). That factor has magnitude above 1 once η > 2/f″ = 2/4.",
            [
                new NumericTrap(1.0 / 4.0, "η = 1/f″ is the best rate (one step to the minimum), not the limit; between 1/f″ and 2/f″ the iterates overshoot but still shrink."),
                new NumericTrap(2.0 / 2.0, "The curvature of 2w² is 4, not 2: the second derivative of 2w² is 4."),
            ]),

        new MultipleChoiceQuestion(
            "01-oscillating-loss",
            "During training the loss jumps up and down heavily from step to step. What do you check first?",
            [
                new('a', "The learning rate, and with it the momentum and batch size.", null),
                new('b', "Whether to add more layers to the network.",
                    "Capacity does not explain a loss that bounces; a bigger network with the same step size bounces the same way."),
                new('c', "Whether to drop part of the training data.",
                    "Less data makes the gradient noisier, which usually makes the bouncing worse, not better."),
            ],
            'a',
            "Oscillation is the signature of steps that are too large for the curvature, or too noisy: the learning rate sets the size, momentum amplifies it, and a small batch adds noise."),
    ];
}
