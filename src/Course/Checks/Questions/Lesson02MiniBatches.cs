using Course.Checks.Quizzes;

namespace Course.Checks.Questions;

/// <summary>Knowledge checks of lesson 02: batch, stochastic and mini-batch gradient descent.</summary>
internal static class Lesson02MiniBatches
{
    /// <summary>The questions of lesson 02.</summary>
    public static IEnumerable<Question> Questions =>
    [
        new NumericQuestion(
            "02-steps-per-epoch",
            "A data set has 64 examples and the batch size is 16. How many optimizer steps make one epoch?",
            64 / 16,
            1e-9,
            "steps",
            "One epoch visits every example once: 64 / 16 batches, one step per batch.",
            [new NumericTrap(64 * 16, "That multiplies; the number of batches is the number of examples divided by the batch size.")]),

        new NumericQuestion(
            "02-noise-vs-batch-size",
            "The mini-batch gradient averages independent per-example gradients. Going from batch size 16 to 64, by what factor does the standard deviation of the gradient estimate shrink?",
            Math.Sqrt(64.0 / 16.0),
            1e-6,
            string.Empty,
            "The variance of a mean of b independent terms falls as 1/b, so the standard deviation falls as 1/√b: √(64/16).",
            [new NumericTrap(64.0 / 16.0, "4 is the factor for the variance; the standard deviation is its square root.")]),

        new NumericQuestion(
            "02-linear-scaling",
            "A model trains well with learning rate 0.1 at batch size 256. Following the linear scaling rule, which learning rate do you start from at batch size 1024?",
            0.1 * 1024 / 256,
            1e-6,
            string.Empty,
            "The rule scales the learning rate with the batch size: 0.1 × 1024/256. Fewer, less noisy steps per epoch can each be larger.",
            [
                new NumericTrap(0.1 * 256 / 1024, "That scales the wrong way; a larger batch gives a better gradient estimate, which tolerates a larger step."),
                new NumericTrap(0.1 * Math.Sqrt(1024.0 / 256.0), "That is the square-root rule, another heuristic (often used with Adam); the linear rule multiplies by the batch ratio itself."),
            ]),

        new TrueFalseQuestion(
            "02-linear-scaling-limit",
            "The linear scaling rule keeps working however large the batch becomes.",
            false,
            "It holds over a moderate range; for very large batches the scaled rate becomes unstable (warmup helps only so far) and more examples per step stop buying a better direction.",
            "It is tempting because the rule is derived from the noise shrinking as 1/b — but that argument assumes steps small enough that the loss is nearly linear over one step, which fails once the step is large."),

        new MultipleChoiceQuestion(
            "02-which-variant",
            "Which variant computes each step's gradient from the whole training set?",
            [
                new('a', "Stochastic gradient descent with one example per step.",
                    "That uses a single example per step — the cheapest and noisiest estimate."),
                new('b', "Mini-batch gradient descent.",
                    "A mini-batch is a small random subset, typically tens to hundreds of examples."),
                new('c', "Batch (full-batch) gradient descent.", null),
            ],
            'c',
            "Batch gradient descent gets the exact gradient of the training loss but pays a pass over all the data for every single step."),

        new TrueFalseQuestion(
            "02-noise-can-help",
            "The noise in mini-batch gradients is not purely a cost: it can help the optimizer leave sharp minima and saddle regions, acting a little like regularisation.",
            true,
            "Noisy steps jostle the parameters, which makes narrow basins hard to stay in; flatter minima found this way often generalise better.",
            "It is natural to think an exact gradient is always better, but exactness costs a pass over the whole data set and removes this useful jitter."),
    ];
}
