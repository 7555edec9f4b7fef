using Course.Checks.Quizzes;

namespace Course.Checks.Questions;

/// <summary>Knowledge checks of lesson 06: RMSprop.</summary>
internal static class Lesson06RmsProp
{
    /// <summary>The questions of lesson 06.</summary>
    public static IEnumerable<Question> Questions =>
    [
        new MultipleChoiceQuestion(
            "06-fixes-adagrad",
            "Which problem of AdaGrad does RMSprop solve?",
            [
                new('a', "AdaGrad cannot handle sparse features.",
                    "Sparse features are AdaGrad's strength, not its problem."),
                new('b', "AdaGrad needs two gradient evaluations per step.",
                    "Both need a single gradient per step."),
                new('c', "AdaGrad's learning rate shrinks towards zero as its sum of squared gradients keeps growing; RMSprop uses a moving average, which forgets old gradients.", null),
            ],
            'c',
            "With s ← αs + (1 − α)g², old squared gradients fade, so the effective rate can recover when gradients become small.",
            points: 1),

        new TrueFalseQuestion(
            "06-ema-of-squares",
            "RMSprop keeps an exponential moving average of the squared gradients.",
            true,
            "s ← αs + (1 − α)g² (α = 0.99 in PyTorch); the step divides by √s + ε.",
            "It is easy to confuse with momentum, which averages the gradients themselves; RMSprop averages their squares.",
            WrongAnswerMisconception: null),

        new NumericQuestion(
            "06-memory",
            "With α = 0.99, roughly how many recent steps does RMSprop's average of squared gradients remember (the 1/(1 − α) rule of thumb)?",
            1 / (1 - 0.99),
            0.5,
            "steps",
            "A weight αᵏ on a value k steps old sums to 1/(1 − α): 1/(1 − 0.99) steps.",
            [new NumericTrap(1 / (1 - 0.9), "That is the memory for α = 0.9.")]),

        new NumericQuestion(
            "06-first-step",
            "RMSprop starts with s = 0 and α = 0.99. On the first step, how many times η is the step size (ignore ε, any nonzero gradient)?",
            1 / Math.Sqrt(1 - 0.99),
            1e-3,
            string.Empty,
            "After one step s = (1 − α)g², so the step is η·|g|/√((1 − α)g²) = η/√(1 − α) = 10η: the zero start makes the first steps large — one reason Adam adds bias correction.",
            [
                new NumericTrap(1, "That would hold if s started at g² (or were bias-corrected); starting from zero makes s too small at first."),
                new NumericTrap(1 / (1 - 0.99), "That forgets the square root in the denominator.", Misconceptions.ForgotSqrt),
            ]),

        new TrueFalseQuestion(
            "06-scale-invariant",
            "If every gradient is multiplied by 10, RMSprop's steps become 10 times larger.",
            false,
            "Both g and √s scale by 10, so g/√s is unchanged (up to ε). The step size is set by η, not by the gradient's scale.",
            "That is true of SGD and momentum, whose steps are proportional to the gradient — which is exactly what adaptive methods remove."),

        new MultipleChoiceQuestion(
            "06-origin",
            "Where was RMSprop first proposed?",
            [
                new('a', "In a lecture of Geoffrey Hinton's online course, without a paper.", null),
                new('b', "In the Adam paper, as a special case.",
                    "Adam (2014) came after RMSprop (2012) and builds on it."),
                new('c', "In Robbins and Monro's 1951 paper.",
                    "That paper introduced stochastic approximation, the root of SGD, decades earlier."),
            ],
            'a',
            "It appeared in lecture 6e of Hinton's 2012 Coursera course and spread from there; it is often cited by the lecture slides."),
    ];
}
