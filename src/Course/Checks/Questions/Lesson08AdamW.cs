using Course.Checks.Quizzes;

namespace Course.Checks.Questions;

/// <summary>Knowledge checks of lesson 08: AdamW and decoupled weight decay.</summary>
internal static class Lesson08AdamW
{
    /// <summary>The questions of lesson 08.</summary>
    public static IEnumerable<Question> Questions =>
    [
        new MultipleChoiceQuestion(
            "08-why-decoupled",
            "What goes wrong when weight decay is added to Adam as an L2 term in the gradient (g + λw)?",
            [
                new('a', "Nothing: L2 and weight decay are the same thing for every optimizer.",
                    "They coincide for plain SGD, but not once the step is divided by √v̂.",
                    Misconceptions.CoupledWeightDecay),
                new('b', "The decay term passes through Adam's scaling, so parameters with large past gradients are decayed less and the regularisation becomes uneven.", null),
                new('c', "The decay makes the second moment negative.",
                    "v accumulates squares, which are never negative, whatever is added to the gradient."),
            ],
            'b',
            "λw gets divided by √v̂ + ε like the rest of the gradient. AdamW shrinks the weights directly, w ← w − ηλw, outside the adaptive step, so every weight decays at the same relative rate."),

        new NumericQuestion(
            "08-decay-amount",
            "AdamW with η = 0.01 and weight decay λ = 0.1. A weight equals 2.0. How much does the decoupled decay alone shrink it in one step?",
            0.01 * 0.1 * 2.0,
            1e-9,
            string.Empty,
            "PyTorch's AdamW first multiplies the weight by (1 − ηλ), a change of ηλw = 0.01 × 0.1 × 2.0, then applies the Adam step.",
            [new NumericTrap(0.1 * 2.0, "That forgets the learning rate: PyTorch's decay is ηλw per step.", Misconceptions.DecayWithoutLearningRate)]),

        new TrueFalseQuestion(
            "08-sgd-equivalence",
            "For plain SGD without momentum, adding λw to the gradient (L2) and decaying the weights by ηλw (decoupled) give exactly the same update.",
            true,
            "w − η(g + λw) = w − ηg − ηλw. The two only part ways when something rescales the gradient — Adam's √v̂, for example.",
            "It is tempting to think decoupling always matters; it only matters when the gradient is rescaled before the step."),

        new MultipleChoiceQuestion(
            "08-default-for-transformers",
            "Which optimizer is the usual default for training transformers and large language models?",
            [
                new('a', "AdaGrad.",
                    "Its ever-shrinking learning rate is a poor fit for long training runs."),
                new('b', "Plain SGD without momentum.",
                    "It is too sensitive to the very different gradient scales across a transformer's layers."),
                new('c', "AdamW.", null),
            ],
            'c',
            "Adam's per-coordinate scaling copes with the layers' different gradient scales, and decoupled weight decay regularises evenly."),

        new MultipleChoiceQuestion(
            "08-no-decay-groups",
            "Which parameters are commonly put in a parameter group with weight decay 0?",
            [
                new('a', "The largest weight matrices.",
                    "Those are the ones decay is meant to keep in check."),
                new('b', "Biases and normalisation gains.", null),
                new('c', "The embeddings of frequent words only.",
                    "Frequency is AdaGrad's concern; decay groups are chosen by the role of the parameter."),
            ],
            'b',
            "Shrinking a bias or a normalisation scale towards zero does not reduce the model's capacity in a useful way and can hurt; param groups let one optimizer skip them."),
    ];
}
