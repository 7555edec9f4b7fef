using Course.Checks.Quizzes;

namespace Course.Checks.Questions;

/// <summary>Knowledge checks of lesson 11: implicit bias, the train–validation gap, sharpness and gradient noise.</summary>
internal static class Lesson11Generalization
{
    /// <summary>The questions of lesson 11.</summary>
    public static IEnumerable<Question> Questions =>
    [
        new MultipleChoiceQuestion(
            "11-implicit-bias",
            "Gradient descent starts at w = 0 on a least-squares problem with fewer examples than weights, so infinitely many weight vectors fit the training data exactly. Which one does it converge to?",
            [
                new('a', "Whichever interpolating solution is nearest to where the run happened to wander: it depends on the learning rate.",
                    "Every gradient Xᵀr is a combination of the training inputs, so the iterate never leaves their span, whatever the learning rate (as long as it converges)."),
                new('b', "The interpolating solution of smallest norm ‖w‖.", null),
                new('c', "The solution whose largest coordinate is smallest, because every coordinate moves at the same speed.",
                    "Equal speed per coordinate is Adam's sign-like step, not gradient descent's. Gradient descent's steps stay in the span of the inputs."),
            ],
            'b',
            "Starting from 0 and stepping along Xᵀr keeps w in the row space of X; the only interpolant there is the minimum-norm one, X⁺y. Adam's per-coordinate rescaling leaves that space, so it lands elsewhere."),

        new TrueFalseQuestion(
            "11-mean-difference",
            "Over five seeds Adam's mean validation accuracy is 0.6 percentage points below momentum's, so on this task Adam generalizes worse.",
            false,
            "A difference of means says nothing until you know how much it varies from seed to seed. Compare seed by seed: only if the 95% interval of the paired differences excludes 0 is there a difference at that confidence.",
            "A lower mean looks like a lower result, but with five seeds a gap of a fraction of a point is usually inside the noise of which seed drew the luckier initial weights."),

        new NumericQuestion(
            "11-sharpness-quadratic",
            "At the minimum of L(w) = ½wᵀHw with H = diag(1, 2, 3, 4), you push the weights a distance ρ = 0.1 in a direction drawn uniformly at random. What is the expected rise of the loss?",
            0.1 * 0.1 * (1 + 2 + 3 + 4) / (2 * 4),
            1e-6,
            string.Empty,
            "The rise is ½ρ²·uᵀHu and E[uᵀHu] = tr(H)/d for a uniform unit vector, so ½ · 0.01 · 10 / 4 = 0.0125: the average curvature, not the largest.",
            [
                new NumericTrap(0.1 * 0.1 * 10 / 4, "That is ρ²·tr(H)/d: the quadratic's ½ is missing."),
                new NumericTrap(0.1 * 0.1 * 10 / 2, "That is ½ρ²·tr(H): the sum of the curvatures, but a random unit vector spreads over d = 4 directions, so divide by d."),
                new NumericTrap(0.1 * 0.1 * 4 / 2, "That is the rise along the sharpest direction (λmax = 4). A random direction sees the average curvature tr(H)/d."),
            ]),

        new TrueFalseQuestion(
            "11-sharpness-rescaling",
            "In a ReLU network you multiply the first layer's weights and biases by 10 and divide the second layer's weights by 10. The network computes exactly the same function, so its sharpness measured with random perturbations of a fixed norm ρ is unchanged.",
            false,
            "ReLU(10z) = 10·ReLU(z), so the function is the same, but a push of length ρ is now a tiny push on the large first layer and a huge one on the small second layer: the measured rise changes. A fixed-norm sharpness depends on how the weights are scaled (Dinh et al. 2017), which is why weight decay, by shrinking weights, changes it too.",
            "Flatness sounds like a property of the function the network computes, but this measure is a property of the weights that represent it."),

        new MultipleChoiceQuestion(
            "11-adamw-narrows",
            "In the lesson's least-squares experiment AdamW lands closer to the minimum-norm solution than Adam. Why?",
            [
                new('a', "Its learning rate is effectively smaller, so it takes a more careful path.",
                    "Decoupled decay does not scale the gradient step; Adam's step is the same in both. What differs is the shrink w ← (1 − ηλ)w applied to every coordinate."),
                new('b', "The decay shrinks every coordinate, including the part of w that no gradient ever acts on, which Adam's rescaled steps put there and nothing else removes.", null),
                new('c', "Weight decay adds λw to the gradient, so Adam's second moment becomes smaller.",
                    "That is L2 regularisation inside Adam (coupled). AdamW's decay is applied to the weights directly and never enters the moments (lesson 08)."),
            ],
            'b',
            "The gradient of the training loss lives in the span of the inputs; its orthogonal complement is invisible to the loss. Adam's per-coordinate scaling leaks weight into that complement; only the decay pulls it back, step after step."),

        new MultipleChoiceQuestion(
            "11-batch-noise",
            "The seeds' texts say small batches regularise: their noise shakes the iterate out of sharp minima. What did this lesson's measurement at equal numbers of steps find for momentum on 256 digit images?",
            [
                new('a', "Batch 4 reached clearly higher validation accuracy than batch 64.",
                    "Read the intervals: the differences in validation accuracy between batch sizes were well inside the seed-to-seed noise here."),
                new('b', "No difference in validation accuracy beyond the noise between seeds; the claim is not supported on this task.", null),
                new('c', "Batch 64 generalised clearly better, because its gradients were more accurate.",
                    "More accurate gradients reach a low training loss sooner, but the validation accuracies measured here did not separate."),
            ],
            'b',
            "Effects reported for large networks and large data need not show on a small one. Claims are only as strong as the measurement behind them."),
    ];
}
