using Course.Checks.Quizzes;

namespace Course.Checks.Questions;

/// <summary>Knowledge checks of lesson 03: momentum.</summary>
internal static class Lesson03Momentum
{
    /// <summary>The questions of lesson 03.</summary>
    public static IEnumerable<Question> Questions =>
    [
        new MultipleChoiceQuestion(
            "03-momentum-role",
            "What is the main job of momentum?",
            [
                new('a', "It removes the need to choose a learning rate.",
                    "Momentum still multiplies its velocity by a learning rate; it even makes the effective step larger, so the rate matters as much as before."),
                new('b', "It accumulates a running velocity from past gradients, which damps back-and-forth oscillation and speeds up movement along directions that stay consistent.", null),
                new('c', "It skips backpropagation by reusing old gradients.",
                    "Every step still needs a fresh gradient; momentum only decides how to combine it with the past ones."),
                new('d', "It sets the learning rate to zero when the loss rises.",
                    "Nothing in v ← μv + g looks at the loss; it only looks at gradients."),
            ],
            'b',
            "Gradients that flip sign from step to step cancel in the velocity, while gradients that keep pointing the same way add up."),

        new NumericQuestion(
            "03-momentum-decay",
            "With momentum μ = 0.9 (v ← μv + g), how much weight does the gradient from 10 steps ago carry in the current velocity, relative to the current gradient's weight of 1? (to 2 decimals)",
            Math.Pow(0.9, 10),
            0.005,
            string.Empty,
            "Unrolling v ← μv + g gives v = g_t + μg_{t−1} + μ²g_{t−2} + …, so a gradient k steps old carries μᵏ: 0.9¹⁰ ≈ 0.35. About a third still counts after ten steps.",
            [
                new NumericTrap(0.9 * 10, "μ·k multiplies; the weight is μ to the power k, because each step multiplies the old velocity by μ once more."),
                new NumericTrap(0.9, "0.9 is the weight of the gradient one step ago; after ten steps it has been multiplied by μ ten times."),
                new NumericTrap(Math.Pow(0.9, 9), "Off by one: the current gradient has weight μ⁰, so ten steps ago is μ¹⁰."),
            ]),

        new MultipleChoiceQuestion(
            "03-high-momentum",
            "You raise momentum from μ = 0.9 to μ = 0.99. What do you expect?",
            [
                new('a', "Heavier smoothing and a longer memory, but a slower response when the gradient changes, so more overshooting.", null),
                new('b', "Faster reaction to new gradients and less overshooting.",
                    "It is the other way round: a larger μ keeps old gradients longer, so the velocity turns more slowly."),
                new('c', "No change, because momentum only matters in the first few steps.",
                    "The memory lasts about 1/(1 − μ) steps — 10 steps at 0.9 but 100 at 0.99 — for the whole run."),
            ],
            'a',
            "A gradient k steps old keeps weight μᵏ, and the velocity settles to g/(1 − μ): ten times the gradient at 0.9, a hundred times at 0.99. The optimizer becomes sluggish and needs a smaller learning rate."),

        new NumericQuestion(
            "03-terminal-velocity",
            "The gradient stays the same, g, step after step. With μ = 0.9, the velocity v ← μv + g settles at what multiple of g?",
            1 / (1 - 0.9),
            1e-6,
            string.Empty,
            "At the fixed point v = μv + g, so v = g/(1 − μ) = 10g: on a steady slope momentum multiplies the effective learning rate by 1/(1 − μ).",
            [new NumericTrap(1 - 0.9, "That is 1 − μ; the fixed point divides by it.")]),

        new TrueFalseQuestion(
            "03-conventions-equivalent",
            "Starting from zero velocity, momentum written as a moving average, v ← μv + (1 − μ)g with learning rate η/(1 − μ), produces exactly the same steps as PyTorch's v ← μv + g with learning rate η.",
            true,
            "The moving-average velocity is (1 − μ) times PyTorch's at every step, so dividing the learning rate by (1 − μ) cancels it. The third convention, v ← μv − ηg with w ← w + v, is PyTorch's velocity times −η.",
            "The formulas look different, so it is tempting to think they are different optimizers; they differ only in how the velocity is scaled, which the learning rate absorbs."),

        new MultipleChoiceQuestion(
            "03-ravine",
            "In a narrow valley, what happens to the velocity's two components?",
            [
                new('a', "Both components grow, so the optimizer oscillates more.",
                    "Only consistent gradients accumulate; across the valley they alternate in sign and cancel."),
                new('b', "Across the valley the alternating gradients cancel; along the valley the consistent gradients add up.", null),
                new('c', "Both shrink towards zero, so the optimizer stops.",
                    "Along the valley every gradient points the same way, so the velocity there grows up to g/(1 − μ)."),
            ],
            'b',
            "That is the heavy ball picture: inertia carries it along the valley floor while friction of opposing pushes calms the side-to-side motion."),
    ];
}
