using Course.Checks.Quizzes;

namespace Course.Checks.Questions.Predictions;

/// <summary>Predictions of lesson 06, asked before the shrinking-gradients picture and the raw-features experiment.</summary>
internal static class Lesson06Predictions
{
    /// <summary>The prediction questions of lesson 06.</summary>
    public static IEnumerable<Question> Questions =>
    [
        new MultipleChoiceQuestion(
            "06-predict-after-the-drop",
            "The gradients are around 10 for 500 steps, then around 0.1. What do the effective learning rates of AdaGrad and RMSprop do after step 500?",
            [
                new('a', "Both rise at once by a factor 100, to match the smaller gradients.",
                    "Each divides by an accumulated statistic of past squared gradients, which remembers the large ones for a while (RMSprop) or for ever (AdaGrad)."),
                new('b', "RMSprop's rises towards 100 times its old value over a few hundred steps; AdaGrad's hardly moves.", null),
                new('c', "Both stay where they were: an optimizer's learning rate is fixed.",
                    "η is fixed, but the effective rate η/(√state + ε) follows the state, and RMSprop's state forgets the old gradients."),
                new('d', "AdaGrad's rises, RMSprop's does not.",
                    "It is the other way round: AdaGrad's sum keeps the 500 large squared gradients for ever, so small new ones barely change it."),
            ],
            'b',
            "RMSprop's moving average forgets with α = 0.99 per step, so the old squared gradients fade out over a few hundred steps; AdaGrad only adds, and 0.1² is nothing next to 500 × 10²."),

        new MultipleChoiceQuestion(
            "06-predict-raw-features",
            "Logistic regression on the raw breast-cancer features, whose scales differ by orders of magnitude, each optimizer at its best learning rate. Which ends with the lower training loss?",
            [
                new('a', "SGD: its learning rate was tuned, so the scales do not matter.",
                    "One learning rate must keep the largest feature's weight from exploding; at that rate the weights of small features barely move."),
                new('b', "RMSprop.", null),
                new('c', "They end the same: both were tuned on the same data.",
                    "Tuning chooses one number; only RMSprop rescales each weight's step by its own gradient size."),
            ],
            'b',
            "RMSprop divides each weight's gradient by its recent size, so weights of large and small features move at a comparable pace without standardising the data first."),
    ];
}
