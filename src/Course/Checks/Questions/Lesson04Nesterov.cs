using Course.Checks.Quizzes;

namespace Course.Checks.Questions;

/// <summary>Knowledge checks of lesson 04: Nesterov momentum.</summary>
internal static class Lesson04Nesterov
{
    /// <summary>The questions of lesson 04.</summary>
    public static IEnumerable<Question> Questions =>
    [
        new MultipleChoiceQuestion(
            "04-nesterov-trait",
            "What sets Nesterov momentum apart from classical momentum?",
            [
                new('a', "It evaluates the gradient at the lookahead point, where momentum is about to carry the weights.", null),
                new('b', "It uses the gradient at the current point only.",
                    "That is classical momentum.",
                    Misconceptions.LookaheadAtCurrentPoint),
                new('c', "It uses no gradient, only the velocity.",
                    "Without a gradient there is no information about the loss; the velocity would coast forever."),
            ],
            'a',
            "In the form v ← μv − η∇f(w + μv), w ← w + v, the gradient is measured at w + μv, so an overshoot is noticed one step earlier and corrected."),

        new NumericQuestion(
            "04-lookahead-point",
            "In the form v ← μv − η∇f(w + μv); w ← w + v, with w = 1.0, v = −0.2 and μ = 0.9: at which w is the gradient evaluated?",
            1.0 + (0.9 * -0.2),
            1e-6,
            string.Empty,
            "The lookahead point is w + μv = 1.0 + 0.9 × (−0.2): where the momentum alone would take the weights.",
            [
                new NumericTrap(1.0, "That is the current point, which gives classical momentum.", Misconceptions.LookaheadAtCurrentPoint),
                new NumericTrap(1.0 - (0.9 * -0.2), "That looks behind, at w − μv; in this convention v already points downhill, so the lookahead adds μv.", Misconceptions.LookaheadWrongDirection),
                new NumericTrap(1.0 + -0.2, "That is w + v without the factor μ."),
            ]),

        new MultipleChoiceQuestion(
            "04-pytorch-form",
            "PyTorch's SGD with nesterov=True is given only the gradient at the current parameters. How can it still be Nesterov momentum?",
            [
                new('a', "It cannot; PyTorch's version is an approximation that differs from Nesterov's.",
                    "Tempting, because the formula looks different — but a change of variables makes the two exactly equal, step for step."),
                new('b', "It evaluates the gradient a second time at the lookahead point internally.",
                    "An optimizer's step never calls the model; it only sees the gradient you computed."),
                new('c', "Its stored parameters are the lookahead point itself: with θ = w + μv, the rule rewrites to need the gradient at θ only.", null),
            ],
            'c',
            "Substituting θ_t = w_t + μv_t turns v ← μv − η∇f(w + μv), w ← w + v into b ← μb + g(θ), θ ← θ − η(g + μb) with v = −ηb: PyTorch's form, which needs one gradient, at the parameters it holds."),

        new TrueFalseQuestion(
            "04-always-faster",
            "Nesterov momentum converges faster than classical momentum on every problem.",
            false,
            "Its guarantee is for smooth convex problems, where it improves the convergence rate; on the non-convex losses of neural networks the gain is usually small and sometimes absent.",
            "The lookahead does help on the course's narrow quadratic at high momentum, which makes 'always' tempting — but on Rosenbrock lesson 04 finds it no better at lr = 0.001 and far worse at lr = 0.002, and its range of stable learning rates is narrower than classic momentum's."),

        new MultipleChoiceQuestion(
            "04-cost",
            "How many gradient evaluations does one step of Nesterov momentum need, compared with classical momentum?",
            [
                new('a', "Two, one at the current point and one at the lookahead point.",
                    "The lookahead gradient replaces the current-point gradient; it is not computed in addition to it."),
                new('b', "One, the same as classical momentum.", null),
                new('c', "None, since it reuses the velocity.",
                    "The velocity is built from gradients; without a new gradient each step there would be nothing new to add."),
            ],
            'b',
            "Nesterov moves where the single gradient is taken, not how many are taken — which is why it is essentially free to switch on."),
    ];
}
