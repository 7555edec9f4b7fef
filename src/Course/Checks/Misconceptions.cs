namespace Course.Checks;

/// <summary>
/// The named mistakes the checks recognise. Quizzes attach them to tempting wrong choices;
/// exercise checkers recognise them by running deliberately wrong variants of each update rule.
/// </summary>
public static class Misconceptions
{
    /// <summary>The step moves up the gradient instead of down.</summary>
    public static Misconception WrongSign { get; } = new("wrong-sign", "Wrong sign",
        "The step goes along the gradient, which climbs the loss. Descent subtracts the gradient term: w − η·(…).");

    /// <summary>The learning rate multiplies the step twice (η² instead of η).</summary>
    public static Misconception LearningRateTwice { get; } = new("learning-rate-twice", "Learning rate applied twice",
        "The learning rate scales the step more than once, so the step is η² times the direction instead of η times. Multiply by η exactly once.");

    /// <summary>The learning rate is missing from the step.</summary>
    public static Misconception MissingLearningRate { get; } = new("missing-learning-rate", "Learning rate missing",
        "The step uses the direction without scaling it by the learning rate η.");

    /// <summary>The function returns the update (the change) instead of the new weights.</summary>
    public static Misconception ReturnedUpdate { get; } = new("returned-update", "Returned the change, not the new weights",
        "The function should return the new weights w − Δ, not the change Δ itself.");

    /// <summary>The velocity (or another state buffer) does not carry over from the previous step.</summary>
    public static Misconception VelocityNotCarried { get; } = new("velocity-not-carried", "Velocity not carried over",
        "The new velocity ignores the previous one, so the rule has no memory and behaves like plain gradient descent. Start from μ·v.");

    /// <summary>The state buffer was used but not updated (the old one is returned).</summary>
    public static Misconception StateNotUpdated { get; } = new("state-not-updated", "State not updated",
        "The function returns the state it received, so the next step starts from stale history. Return the updated buffer.");

    /// <summary>The step uses the velocity from before this step's update.</summary>
    public static Misconception StaleVelocity { get; } = new("stale-velocity", "Stepped with the old velocity",
        "The weights moved with the velocity from before this step's gradient was added. Update the velocity first, then step with the new one.");

    /// <summary>Momentum written as a moving average v ← μv + (1 − μ)g where PyTorch's v ← μv + g is asked for.</summary>
    public static Misconception MovingAverageMomentum { get; } = new("moving-average-momentum", "Moving-average momentum instead of PyTorch's",
        "v ← μv + (1 − μ)g is the same rule rescaled by (1 − μ), but this exercise uses PyTorch's convention v ← μv + g.");

    /// <summary>Two sign conventions for momentum mixed in one update.</summary>
    public static Misconception MixedConventions { get; } = new("mixed-conventions", "Two momentum conventions mixed",
        "The velocity follows one sign convention and the weight update the other. Keep one: PyTorch's v ← μv + g with w ← w − ηv, or v ← μv − ηg with w ← w + v.");

    /// <summary>Nesterov's gradient taken at the current point (which is classical momentum).</summary>
    public static Misconception LookaheadAtCurrentPoint { get; } = new("lookahead-at-current-point", "Gradient at the current point, not the lookahead",
        "Taking the gradient at w gives classical momentum. Nesterov evaluates it where momentum is about to carry the weights: w + μv.");

    /// <summary>Nesterov's lookahead taken in the wrong direction.</summary>
    public static Misconception LookaheadWrongDirection { get; } = new("lookahead-wrong-direction", "Lookahead in the wrong direction",
        "The gradient was taken at w − μv, behind the current point. In this convention v already points downhill, so the lookahead point is w + μv.");

    /// <summary>AdaGrad's growing sum used where RMSprop's moving average belongs.</summary>
    public static Misconception SumInsteadOfAverage { get; } = new("sum-instead-of-average", "Sum instead of moving average",
        "The squared gradients are summed (that is AdaGrad), so the step size only shrinks. RMSprop keeps a moving average: α·s + (1 − α)·g².");

    /// <summary>The moving-average weights swapped: (1 − α) on the old value and α on the new one.</summary>
    public static Misconception DecayWeightsSwapped { get; } = new("decay-weights-swapped", "Moving-average weights swapped",
        "The decay rate multiplies the new term instead of the old average. The old average keeps the large weight: β·old + (1 − β)·new.");

    /// <summary>ε added inside the square root.</summary>
    public static Misconception EpsInsideSqrt { get; } = new("eps-inside-sqrt", "ε inside the square root",
        "PyTorch adds ε after the root: √s + ε. Putting it inside, √(s + ε), gives a different denominator when s is small.");

    /// <summary>The gradient not squared in the second-moment buffer.</summary>
    public static Misconception ForgotToSquare { get; } = new("forgot-to-square", "Gradient not squared",
        "The accumulator must hold squared gradients g², which are never negative; the plain gradient was used.");

    /// <summary>The square root missing from the denominator.</summary>
    public static Misconception ForgotSqrt { get; } = new("forgot-sqrt", "Square root missing",
        "The step divides by the accumulated squares themselves; it should divide by their square root (an RMS), so the units match the gradient.");

    /// <summary>The accumulator updated after it was used, so the step ignores this step's gradient in the denominator.</summary>
    public static Misconception AccumulatedAfterUse { get; } = new("accumulated-after-use", "Accumulated after use",
        "The denominator was computed before this step's g² was added. Update the accumulator first, then divide.");

    /// <summary>Adam without bias correction.</summary>
    public static Misconception NoBiasCorrection { get; } = new("no-bias-correction", "No bias correction",
        "m and v start at zero, so early on they are too small. Divide by 1 − β₁ᵗ and 1 − β₂ᵗ to get m̂ and v̂ before the step.");

    /// <summary>Bias correction computed with a step counter that starts at 0.</summary>
    public static Misconception BiasCorrectionFromZero { get; } = new("bias-correction-t-from-zero", "Bias correction with t starting at 0",
        "The correction used t − 1 (a counter starting at 0). The first step is t = 1, so the first correction divides by 1 − β.");

    /// <summary>Only the first moment bias-corrected.</summary>
    public static Misconception PartialBiasCorrection { get; } = new("partial-bias-correction", "Only one moment bias-corrected",
        "Both moments start at zero, so both need correcting: m̂ = m/(1 − β₁ᵗ) and v̂ = v/(1 − β₂ᵗ).");

    /// <summary>Bias-corrected moments stored as the state.</summary>
    public static Misconception StoredCorrectedMoments { get; } = new("stored-corrected-moments", "Stored the corrected moments",
        "m̂ and v̂ are computed fresh each step for the update only; the state to carry over is the uncorrected m and v.");

    /// <summary>β₁ and β₂ used for the wrong moments.</summary>
    public static Misconception BetasSwapped { get; } = new("betas-swapped", "β₁ and β₂ swapped",
        "β₁ (about 0.9) belongs to the first moment m, β₂ (about 0.999) to the second moment v.");

    /// <summary>Weight decay coupled (L2 added to the gradient) where AdamW's decoupled decay is asked for.</summary>
    public static Misconception CoupledWeightDecay { get; } = new("coupled-weight-decay", "Weight decay coupled, not decoupled",
        "Adding λw to the gradient (L2) sends the decay through Adam's adaptive scaling. AdamW shrinks the weights directly: w ← w − ηλw, apart from the Adam step.");

    /// <summary>AdamW's decay not multiplied by the learning rate.</summary>
    public static Misconception DecayWithoutLearningRate { get; } = new("decay-without-learning-rate", "Decay not scaled by the learning rate",
        "PyTorch's AdamW shrinks by ηλw per step (w ← w(1 − ηλ)), not by λw.");

    /// <summary>AdamW's decay applied to the weights after the Adam step.</summary>
    public static Misconception DecayAfterStep { get; } = new("decay-after-step", "Decay applied after the Adam step",
        "PyTorch's AdamW decays the weights from before the step, then applies the Adam step. Decaying the already-updated weights gives slightly different numbers.");

    /// <summary>The accumulator restarted from this step's gradient alone instead of building on the previous value.</summary>
    public static Misconception AccumulatorReset { get; } = new("accumulator-reset", "Accumulator not carried over",
        "The squared-gradient buffer was computed from this step's gradient only, so it forgets all history. Add to (or average with) the buffer you were given.");

    /// <summary>The (1 − β) factor left out of a moving average.</summary>
    public static Misconception MissingOneMinusDecay { get; } = new("missing-one-minus-decay", "Missing the (1 − β) factor",
        "A moving average weights the new value by (1 − β): β·old + (1 − β)·new. Without that factor the buffer becomes a decaying sum that grows about 1/(1 − β) times too large.");

    /// <summary>AdamW's weight decay left out entirely.</summary>
    public static Misconception MissingWeightDecay { get; } = new("missing-weight-decay", "Weight decay missing",
        "This is plain Adam. AdamW also shrinks the weights each step: w ← w − ηλw, before the Adam step.");

    /// <summary>Lion's sign taken of the momentum already updated with β₂, instead of the β₁ interpolation.</summary>
    public static Misconception LionMomentumBeforeSign { get; } = new("lion-momentum-before-sign", "Momentum updated before the sign",
        "The step used sign(β₂m + (1 − β₂)g), the new momentum. Lion's step takes the sign of a separate interpolation c = β₁m + (1 − β₁)g, and updates m with β₂ only after the step.");

    /// <summary>Lion without the sign: the step is η·c, like momentum SGD.</summary>
    public static Misconception LionSignMissing { get; } = new("lion-sign-missing", "Sign missing",
        "The step moved by η·c, so large gradients take large steps. Lion moves every coordinate by exactly η: w ← w − η·sign(c).");

    /// <summary>The cosine stretched over all T steps instead of the T − W steps left after warmup.</summary>
    public static Misconception CosineOverTotalSteps { get; } = new("cosine-over-total-steps", "Cosine over all the steps",
        "The cosine was spread over T steps, so it has not reached the minimum at step T. After a warmup of W steps the cosine has T − W steps left: use (t − W)/(T − W).");

    /// <summary>The cosine decays to zero instead of to the minimum learning rate.</summary>
    public static Misconception CosineIgnoresMinimum { get; } = new("cosine-ignores-minimum", "Decays to zero, not to the minimum",
        "The schedule ends at 0. It should end at minLr: minLr + (peakLr − minLr)·(1 + cos(…))/2.");

    /// <summary>The warmup's ramp shifted by one step.</summary>
    public static Misconception WarmupOffByOne { get; } = new("warmup-off-by-one", "Warmup off by one",
        "At step 0 the rate should be startLr and it should reach peakLr at step W; the ramp here is one step ahead. Use t/W, with t counted from 0.");

    /// <summary>Past T the cosine keeps going and climbs back up.</summary>
    public static Misconception CosineRestartsPastEnd { get; } = new("cosine-restarts-past-end", "Climbs again after the end",
        "After step T the rate should stay at minLr; following the cosine past its end makes it rise again.");

    /// <summary>No warmup: the cosine starts at step 0.</summary>
    public static Misconception NoWarmup { get; } = new("no-warmup", "Warmup missing",
        "The schedule starts at peakLr. It should first rise linearly from startLr to peakLr over the W warmup steps.");

    /// <summary>The cosine's clock started at step 0 instead of at the end of warmup.</summary>
    public static Misconception CosineFromStepZero { get; } = new("cosine-from-step-zero", "Cosine clock started at step 0",
        "The cosine used t instead of t − W, so it jumps down as warmup ends. Start the cosine's clock when warmup ends.");

    /// <summary>The difference taken the other way round, b − a.</summary>
    public static Misconception DifferenceReversed { get; } = new("difference-reversed", "Difference reversed",
        "The mean and interval are of b − a; the exercise asks for a − b (the first setting minus the second). The interval's ends swap sign too.");

    /// <summary>The two settings' intervals combined as if independent, ignoring that they share seeds.</summary>
    public static Misconception UnpairedInterval { get; } = new("unpaired-interval", "Unpaired interval",
        "The interval treats a and b as independent samples, √(s_a²/n + s_b²/n). They were measured with the same seeds, so take the difference seed by seed first, dᵢ = aᵢ − bᵢ, and build the interval from the dᵢ: what a seed adds to both sides cancels.");

    /// <summary>The normal quantile 1.96 used where the Student-t quantile with n − 1 degrees of freedom belongs.</summary>
    public static Misconception NormalInsteadOfStudentT { get; } = new("normal-instead-of-t", "1.96 instead of Student's t",
        "With a handful of seeds the standard deviation is itself uncertain, so the 95% interval uses t₍0.975, n−1₎ (2.78 for five seeds), not the normal 1.96: StudentT.InvCDF(0, 1, n − 1, 0.975).");

    /// <summary>The standard deviation computed with n instead of n − 1.</summary>
    public static Misconception PopulationStandardDeviation { get; } = new("population-standard-deviation", "Divided by n, not n − 1",
        "The sample standard deviation divides the squared deviations by n − 1: the mean was estimated from the same values, which makes them look less spread than they are.");

    /// <summary>The interval's half-width uses the standard deviation itself, not the standard error s/√n.</summary>
    public static Misconception StandardDeviationNotError { get; } = new("standard-deviation-not-error", "Standard deviation instead of standard error",
        "An interval for the mean narrows as seeds are added: its half-width is t·s/√n, not t·s.");

    /// <summary>A diverged run (NaN loss) slips through a "loss ≤ limit" test written as "not loss > limit".</summary>
    public static Misconception DivergedCountedAsUsable { get; } = new("diverged-counted-as-usable", "A diverged run counted as good",
        "A NaN loss fails every comparison, so a test like !(loss > limit) lets it through and the good range stretches to a learning rate that diverged. Check double.IsFinite(loss) first.");

    /// <summary>The width measured with the natural logarithm instead of log₁₀.</summary>
    public static Misconception NaturalLogDecades { get; } = new("natural-log-decades", "Natural log instead of decades",
        "A decade is a factor of 10: the width is log₁₀(largest / smallest), Math.Log10, not Math.Log (which is 2.30 times larger).");

    /// <summary>The tolerance added to the best loss instead of multiplying it.</summary>
    public static Misconception AbsoluteTolerance { get; } = new("absolute-tolerance", "Tolerance added, not relative",
        "\"Within 25% of the best\" is loss ≤ (1 + 0.25) · best, a relative tolerance; best + 0.25 depends on the loss's units.");

    /// <summary>The recorded path leaves out the starting point.</summary>
    public static Misconception PathMissingStart { get; } = new("path-missing-start", "Start missing from the path",
        "The path should begin with the start point and then add the point after each step: steps + 1 points in all.");

    /// <summary>Every recorded point is the same array, so the whole path shows the final point.</summary>
    public static Misconception PathAliasesPoint { get; } = new("path-aliases-point", "Stored the moving point, not a copy",
        "The step changes the point in place, so adding the same array to the path again and again leaves every entry equal to the last position. Add a copy, (double[])w.Clone().");

    /// <summary>The gradient computed once at the start and reused for every step.</summary>
    public static Misconception GradientNotRecomputed { get; } = new("gradient-not-recomputed", "Gradient computed only once",
        "Each step needs the gradient at the current point: call gradientAt(w) inside the loop, after the previous step moved w.");

    /// <summary>Every misconception above, by id.</summary>
    public static IReadOnlyDictionary<string, Misconception> ById { get; } = typeof(Misconceptions)
        .GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
        .Where(p => p.PropertyType == typeof(Misconception))
        .Select(p => (Misconception)p.GetValue(null)!)
        .ToDictionary(m => m.Id);
}
