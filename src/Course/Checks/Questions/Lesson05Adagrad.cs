using Course.Checks.Quizzes;

namespace Course.Checks.Questions;

/// <summary>Knowledge checks of lesson 05: AdaGrad.</summary>
internal static class Lesson05Adagrad
{
    /// <summary>The questions of lesson 05.</summary>
    public static IEnumerable<Question> Questions =>
    [
        new MultipleChoiceQuestion(
            "05-frequent-coordinates",
            "Under AdaGrad, what happens over time to the effective step size of a coordinate that receives large gradients often?",
            [
                new('a', "It decreases.", null),
                new('b', "It stays constant.",
                    "That is plain SGD; AdaGrad divides by a quantity that keeps growing."),
                new('c', "It increases.",
                    "Large gradients make the sum s grow faster, and the step is divided by √s, so it shrinks."),
            ],
            'a',
            "The step is η·g/(√s + ε) with s the running sum of g²: frequent, large gradients inflate s, so that coordinate takes ever smaller steps."),

        new TrueFalseQuestion(
            "05-sum-only-grows",
            "AdaGrad's sum of squared gradients can never decrease, so the effective learning rate η/(√s + ε) of every coordinate can only shrink or stay the same.",
            true,
            "Each step adds g² ≥ 0 to s. On a long run this drives the steps towards zero even if the optimizer is still far from a minimum — the problem RMSprop fixes.",
            "A step with a tiny gradient feels like it should let the rate recover, but adding a tiny g² still adds, never subtracts."),

        new NumericQuestion(
            "05-effective-step",
            "AdaGrad with η = 0.1, starting from s = 0. A coordinate receives the gradient g = 2 on each of four steps. How large is the fourth step's change to that coordinate (ignore ε)?",
            0.1 * 2 / Math.Sqrt(4 * 2 * 2),
            1e-6,
            string.Empty,
            "After four steps s = 4 × 2² = 16, so the step is η·g/√s = 0.1 × 2/4.",
            [
                new NumericTrap(0.1 * 2 / (4 * 2 * 2), "That divides by the sum itself; AdaGrad divides by its square root.", Misconceptions.ForgotSqrt),
                new NumericTrap(0.1 * 2, "That is the plain SGD step, without AdaGrad's scaling."),
                new NumericTrap(0.1 * 2 / Math.Sqrt(3 * 2 * 2), "That leaves out the fourth gradient; the sum is updated before it is used.", Misconceptions.AccumulatedAfterUse),
            ]),

        new MultipleChoiceQuestion(
            "05-sparse-features",
            "Why does AdaGrad suit sparse features, such as rare words?",
            [
                new('a', "It ignores features whose gradient is zero most of the time.",
                    "It does not ignore them — it gives them larger steps when they finally receive a gradient."),
                new('b', "A rarely active feature has a small accumulated sum, so when its gradient does arrive it gets a comparatively large step.", null),
                new('c', "It uses a larger global learning rate than SGD.",
                    "The global rate is just a hyperparameter; the adaptation is per coordinate, through each coordinate's own sum."),
            ],
            'b',
            "Each coordinate has its own denominator √s. Frequent features learn cautiously, rare ones learn quickly from the little evidence they get."),

        new MultipleChoiceQuestion(
            "05-eps-role",
            "What is the role of ε in η·g/(√s + ε)?",
            [
                new('a', "It keeps the division finite while s is zero or tiny.", null),
                new('b', "It is the learning rate of the accumulator.",
                    "The accumulator has no learning rate in AdaGrad; it just adds g²."),
                new('c', "It adds noise to escape saddle points.",
                    "ε is a fixed constant, not random noise."),
            ],
            'a',
            "Before a coordinate has seen a gradient, s = 0; ε (PyTorch's default for AdaGrad is 1e-10) keeps the step defined."),
    ];
}
