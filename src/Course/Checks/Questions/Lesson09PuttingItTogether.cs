using Course.Checks.Quizzes;

namespace Course.Checks.Questions;

/// <summary>Knowledge checks of lesson 09: choosing, tuning and debugging optimizers (with NAdam and Lion).</summary>
internal static class Lesson09PuttingItTogether
{
    /// <summary>The questions of lesson 09.</summary>
    public static IEnumerable<Question> Questions =>
    [
        new MultipleChoiceQuestion(
            "09-early-instability",
            "Training is unstable in its first few hundred steps, then settles. What do you check first?",
            [
                new('a', "The warmup and the learning-rate schedule.", null),
                new('b', "Whether backpropagation can be switched off for the first steps.",
                    "Without gradients there is nothing to train; the instability comes from how large the early steps are."),
                new('c', "Whether to delete part of the data.",
                    "Early instability comes from step sizes before the optimizer's statistics settle, not from the data set's size."),
            ],
            'a',
            "Early on, adaptive optimizers' moment estimates are unreliable and the weights are far from a good region; warmup ramps the learning rate up so the first steps stay small."),

        new MultipleChoiceQuestion(
            "09-oscillation-fix",
            "With SGD and momentum 0.9 the loss oscillates wildly. Which first change is most likely to help?",
            [
                new('a', "Raise momentum to 0.999.",
                    "Higher momentum amplifies the effective step by 1/(1 − μ), which makes oscillation worse."),
                new('b', "Lower the learning rate.", null),
                new('c', "Raise the learning rate to jump out of the oscillation.",
                    "Larger steps overshoot further; oscillation is the sign the steps are already too large."),
            ],
            'b',
            "Reduce the learning rate first; then reconsider momentum, and an adaptive method such as Adam if the scales of the gradients differ a lot."),

        new MultipleChoiceQuestion(
            "09-nadam",
            "What is NAdam?",
            [
                new('a', "Adam with Nesterov momentum: the first moment takes a lookahead step.", null),
                new('b', "Adam without the second moment.",
                    "Dropping the second moment leaves momentum SGD (or, with a sign, something like Lion), not NAdam."),
                new('c', "Adam with decoupled weight decay.",
                    "That is AdamW."),
            ],
            'a',
            "NAdam applies Nesterov's idea inside Adam: the update uses a momentum term that already includes the next step's decay of m."),

        new NumericQuestion(
            "09-lion-buffers",
            "Adam keeps two buffers the size of each parameter (m and v). How many does Lion keep?",
            1,
            1e-9,
            "buffers",
            "Lion keeps only the momentum m and steps by η·sign(…) of an interpolation of m and g, so it needs no second moment — half of Adam's optimizer memory.",
            [new NumericTrap(2, "That is Adam; Lion drops the second moment because the sign already fixes the step size.")]),

        new TrueFalseQuestion(
            "09-lion-step-size",
            "Ignoring weight decay, every coordinate that Lion moves at all moves by exactly η per step.",
            true,
            "The update is η·sign(…), and the sign is ±1 (or 0), so the magnitude of each coordinate's change is η.",
            "It is tempting to expect larger gradients to give larger steps, as in SGD — the sign discards the magnitude."),

        new TrueFalseQuestion(
            "09-adam-no-tuning",
            "Adam's default hyperparameters make tuning the learning rate unnecessary on every problem.",
            false,
            "Adam's defaults are a strong starting point and less sensitive than SGD's, but the learning rate still matters and schedules and weight decay still need care.",
            "Adam does work out of the box surprisingly often, which makes 'always' tempting; 'often' is the honest word."),

        new OrderingQuestion(
            "09-tuning-order",
            "Put these steps of tuning a new training run in a sensible order.",
            [
                "Check the logs and the data pipeline (a loss that starts where it should)",
                "Choose the optimizer (SGD with momentum or AdamW)",
                "Tune the learning rate for that optimizer",
                "Add a schedule, such as warmup and decay",
            ],
            "Fix what everything else depends on first: a broken pipeline makes every later comparison meaningless; a good learning rate belongs to one optimizer (Adam's is not SGD's), and it is the hyperparameter that matters most, so tune it before adding a schedule around it. Change one thing at a time.",
            points: 2),
    ];
}
