namespace Course.Checks;

/// <summary>One step of plain gradient descent: returns the new weights w − η·g.</summary>
/// <param name="w">The current weights (a copy the function may modify).</param>
/// <param name="grad">The gradient at <paramref name="w"/>.</param>
/// <param name="lr">The learning rate η.</param>
public delegate double[] SgdStep(double[] w, double[] grad, double lr);

/// <summary>One step of momentum in PyTorch's convention: v ← μv + g; w ← w − ηv. Returns the new weights and velocity.</summary>
/// <param name="w">The current weights.</param>
/// <param name="v">The velocity after the previous step (zeros before the first).</param>
/// <param name="grad">The gradient at <paramref name="w"/>.</param>
/// <param name="lr">The learning rate η.</param>
/// <param name="mu">The momentum coefficient μ.</param>
public delegate (double[] W, double[] V) MomentumStep(double[] w, double[] v, double[] grad, double lr, double mu);

/// <summary>
/// One step of Nesterov momentum in Sutskever's lookahead form: v ← μv − η∇f(w + μv); w ← w + v.
/// Returns the new weights and velocity.
/// </summary>
/// <param name="w">The current weights.</param>
/// <param name="v">The velocity after the previous step (zeros before the first).</param>
/// <param name="gradientAt">Computes ∇f at any point; call it where the rule needs the gradient.</param>
/// <param name="lr">The learning rate η.</param>
/// <param name="mu">The momentum coefficient μ.</param>
public delegate (double[] W, double[] V) NesterovStep(double[] w, double[] v, Func<double[], double[]> gradientAt, double lr, double mu);

/// <summary>One step of AdaGrad: s ← s + g²; w ← w − η·g/(√s + ε). Returns the new weights and sum.</summary>
/// <param name="w">The current weights.</param>
/// <param name="sum">The running sum of squared gradients (zeros before the first step).</param>
/// <param name="grad">The gradient at <paramref name="w"/>.</param>
/// <param name="lr">The learning rate η.</param>
/// <param name="eps">ε, added to the square root.</param>
public delegate (double[] W, double[] Sum) AdagradStep(double[] w, double[] sum, double[] grad, double lr, double eps);

/// <summary>One step of RMSprop: s ← αs + (1 − α)g²; w ← w − η·g/(√s + ε). Returns the new weights and square average.</summary>
/// <param name="w">The current weights.</param>
/// <param name="squareAverage">The moving average of squared gradients (zeros before the first step).</param>
/// <param name="grad">The gradient at <paramref name="w"/>.</param>
/// <param name="lr">The learning rate η.</param>
/// <param name="alpha">The smoothing constant α.</param>
/// <param name="eps">ε, added to the square root.</param>
public delegate (double[] W, double[] SquareAverage) RmsPropStep(double[] w, double[] squareAverage, double[] grad, double lr, double alpha, double eps);

/// <summary>
/// One step of Adam: m ← β₁m + (1 − β₁)g; v ← β₂v + (1 − β₂)g²; m̂ = m/(1 − β₁ᵗ); v̂ = v/(1 − β₂ᵗ);
/// w ← w − η·m̂/(√v̂ + ε). Returns the new weights and the (uncorrected) moments.
/// </summary>
/// <param name="w">The current weights.</param>
/// <param name="m">The first moment (zeros before the first step).</param>
/// <param name="v">The second moment (zeros before the first step).</param>
/// <param name="grad">The gradient at <paramref name="w"/>.</param>
/// <param name="t">The number of this step, starting at 1.</param>
/// <param name="lr">The learning rate η.</param>
/// <param name="beta1">β₁, the first moment's decay.</param>
/// <param name="beta2">β₂, the second moment's decay.</param>
/// <param name="eps">ε, added to the square root.</param>
public delegate (double[] W, double[] M, double[] V) AdamStep(double[] w, double[] m, double[] v, double[] grad, int t, double lr, double beta1, double beta2, double eps);

/// <summary>
/// One step of AdamW: w ← w − ηλw (decoupled weight decay), then Adam's step.
/// Returns the new weights and the (uncorrected) moments.
/// </summary>
/// <param name="w">The current weights.</param>
/// <param name="m">The first moment (zeros before the first step).</param>
/// <param name="v">The second moment (zeros before the first step).</param>
/// <param name="grad">The gradient at <paramref name="w"/> (without any decay term).</param>
/// <param name="t">The number of this step, starting at 1.</param>
/// <param name="lr">The learning rate η.</param>
/// <param name="beta1">β₁, the first moment's decay.</param>
/// <param name="beta2">β₂, the second moment's decay.</param>
/// <param name="eps">ε, added to the square root.</param>
/// <param name="weightDecay">λ, the decoupled weight decay.</param>
public delegate (double[] W, double[] M, double[] V) AdamWStep(double[] w, double[] m, double[] v, double[] grad, int t, double lr, double beta1, double beta2, double eps, double weightDecay);

/// <summary>
/// One step of Lion (Chen et al. 2023, Algorithm 2): c ← β₁m + (1 − β₁)g; w ← w − η(sign(c) + λw); m ← β₂m + (1 − β₂)g.
/// Returns the new weights and momentum.
/// </summary>
/// <param name="w">The current weights.</param>
/// <param name="m">The momentum (zeros before the first step).</param>
/// <param name="grad">The gradient at <paramref name="w"/>.</param>
/// <param name="lr">The learning rate η.</param>
/// <param name="beta1">β₁, the interpolation the sign is taken of.</param>
/// <param name="beta2">β₂, the momentum's decay.</param>
/// <param name="weightDecay">λ, the decoupled weight decay.</param>
public delegate (double[] W, double[] M) LionStep(double[] w, double[] m, double[] grad, double lr, double beta1, double beta2, double weightDecay);

/// <summary>
/// A learning-rate schedule as a function of the step t (from 0): a linear warmup from <paramref name="startLr"/> to
/// <paramref name="peakLr"/> over <paramref name="warmupSteps"/> steps, then half a cosine down to <paramref name="minLr"/>
/// at <paramref name="totalSteps"/>, then <paramref name="minLr"/>.
/// </summary>
/// <param name="step">The step t, counted from 0.</param>
/// <param name="warmupSteps">W, the warmup's length.</param>
/// <param name="totalSteps">T, the step where the cosine reaches the minimum.</param>
/// <param name="peakLr">The rate at the end of warmup.</param>
/// <param name="startLr">The rate at step 0.</param>
/// <param name="minLr">The rate at step T and after.</param>
public delegate double WarmupCosineSchedule(int step, int warmupSteps, int totalSteps, double peakLr, double startLr, double minLr);

/// <summary>
/// The paired comparison of two settings measured with the same seeds: the mean of the differences dᵢ = aᵢ − bᵢ and
/// its 95% Student-t interval d̄ ± t₍0.975, n−1₎·s/√n, with s the sample standard deviation of the differences.
/// </summary>
/// <param name="a">One measurement per seed of the first setting.</param>
/// <param name="b">One measurement per seed of the second, in the same seed order.</param>
/// <returns>The mean difference and the interval's two ends.</returns>
public delegate (double Mean, double Low, double High) PairedDifference(double[] a, double[] b);

/// <summary>
/// How sensitive a training run is to its learning rate, read off a sweep: the learning rate with the lowest loss
/// (a loss that is NaN or infinite means the run diverged and never counts), and the width, in decades, of the
/// learning rates whose loss is within <paramref name="tolerance"/> of the best: log₁₀(largest / smallest) over those
/// with loss ≤ (1 + tolerance) · best loss.
/// </summary>
/// <param name="learningRates">The learning rates tried, in increasing order.</param>
/// <param name="losses">The loss reached at each, NaN or ∞ where the run diverged.</param>
/// <param name="tolerance">The relative tolerance, such as 0.25 for "within 25% of the best".</param>
/// <returns>The best learning rate and the width of the good range in decades.</returns>
public delegate (double BestLearningRate, double Decades) LearningRateSensitivity(double[] learningRates, double[] losses, double tolerance);

/// <summary>
/// Records an optimizer's path: the start, then the point after each of <paramref name="steps"/> steps, each step taken
/// from the gradient at the current point. Returns steps + 1 points.
/// </summary>
/// <param name="gradientAt">The gradient of the loss at any point.</param>
/// <param name="step">One optimizer step: changes the point it is given in place, from the gradient it is given (the optimizer keeps its own state between calls).</param>
/// <param name="start">The starting point.</param>
/// <param name="steps">How many steps to take.</param>
public delegate double[][] TrajectoryRecorder(Func<double[], double[]> gradientAt, Action<double[], double[]> step, double[] start, int steps);
