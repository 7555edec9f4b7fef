using Course.Checks.Quizzes;

namespace Course.Checks.Questions;

/// <summary>Knowledge checks of lesson 07: Adam and bias correction.</summary>
internal static class Lesson07Adam
{
    /// <summary>The questions of lesson 07.</summary>
    public static IEnumerable<Question> Questions =>
    [
        new MultipleChoiceQuestion(
            "07-adam-idea",
            "What is the main idea behind Adam?",
            [
                new('a', "Replace the loss with a better-behaved metric.",
                    "Adam never touches the loss; it only changes how gradients become steps."),
                new('b', "Use only the latest gradient and ignore history.",
                    "That is plain SGD; Adam is built from two running averages of history."),
                new('c', "Combine a smoothed direction (momentum) with a per-coordinate step size scaled by recent gradient magnitudes (RMSprop).", null),
            ],
            'c',
            "The first moment m plays momentum's role and the second moment v plays RMSprop's; the step is η·m̂/(√v̂ + ε)."),

        new MultipleChoiceQuestion(
            "07-two-moments",
            "Which quantities does Adam keep for every parameter?",
            [
                new('a', "Moving averages of the gradient (first moment) and of the squared gradient (second moment).", null),
                new('b', "Only the index of the current batch.",
                    "The batch index plays no part in the update."),
                new('c', "A dropout mask.",
                    "Dropout belongs to the model, not to the optimizer."),
            ],
            'a',
            "m ← β₁m + (1 − β₁)g and v ← β₂v + (1 − β₂)g², two buffers the size of the parameter (plus the step count t)."),

        new NumericQuestion(
            "07-correction-denominator",
            "With β₂ = 0.999, what is the bias-correction denominator 1 − β₂ᵗ at the first step, t = 1?",
            1 - Math.Pow(0.999, 1),
            1e-9,
            string.Empty,
            "1 − 0.999¹ = 0.001, so v̂₁ = v₁/0.001 = 1000·v₁ — which undoes the factor (1 − β₂) that made v₁ = 0.001·g₁².",
            [
                new NumericTrap(0.999, "That is β₂ itself; the denominator is one minus it."),
                new NumericTrap(1 - Math.Pow(0.999, 0), "That uses t = 0; the first step is t = 1.", Misconceptions.BiasCorrectionFromZero),
            ]),

        new NumericQuestion(
            "07-uncorrected-first-step",
            "Adam with β₁ = 0.9, β₂ = 0.999 but without bias correction: on the first step, how many times η is the step (ignore ε, any nonzero gradient)? (to 2 decimals)",
            (1 - 0.9) / Math.Sqrt(1 - 0.999),
            0.01,
            string.Empty,
            "m₁ = 0.1·g and √v₁ = √0.001·|g|, so the step is η·0.1/√0.001 ≈ 3.16η: both moments are shrunk towards zero, but v more, so the uncorrected first steps are too large.",
            [
                new NumericTrap(1, "That is the step with bias correction: m̂₁ = g and √v̂₁ = |g|."),
                new NumericTrap(0.1, "That corrects v but not m — or assumes only m is biased; v, with β₂ closer to 1, is biased even more.", Misconceptions.PartialBiasCorrection),
            ]),

        new MultipleChoiceQuestion(
            "07-why-correction",
            "Why does Adam need bias correction while PyTorch's momentum v ← μv + g does not?",
            [
                new('a', "Adam's gradients are noisier than SGD's.",
                    "Both see the same gradients; the bias comes from how the buffers are initialised and weighted."),
                new('b', "Adam's moments are averages weighted by (1 − β) that start at zero, so early estimates are shrunk towards zero; PyTorch's momentum sums without that weight, so its first velocity is the gradient itself.", null),
                new('c', "Momentum does not use past gradients.",
                    "Momentum is built from past gradients — that is its velocity."),
            ],
            'b',
            "Dividing by 1 − βᵗ rescales the averages to unbiased estimates; as t grows, βᵗ → 0 and the correction fades away."),

        new TrueFalseQuestion(
            "07-first-step-size",
            "With bias correction, Adam's very first step moves every coordinate by η (ignoring ε), whatever the size of its gradient.",
            true,
            "m̂₁ = g and v̂₁ = g², so m̂₁/√v̂₁ = g/|g| = ±1: the first step is a sign step of size η.",
            "It is tempting to expect a big gradient to give a big step, as in SGD — but Adam divides by the gradient's own magnitude.",
            WrongAnswerMisconception: null),

        new MultipleChoiceQuestion(
            "07-preconditioner-form",
            "AdaGrad, RMSprop and Adam all step by −η·P·(gradient or its average). What is P?",
            [
                new('a', "The inverse Hessian H⁻¹, as in Newton's method.",
                    "None of them computes second derivatives; P is built from squared first derivatives."),
                new('b', "A diagonal matrix with entries 1/(√sᵢ + ε), where sᵢ estimates coordinate i's squared gradient.", null),
                new('c', "A full matrix built from the outer products of past gradients.",
                    "That is full-matrix AdaGrad, which no common library uses; the practical versions keep only the diagonal."),
            ],
            'b',
            "s is a sum (AdaGrad), a forgetting average (RMSprop) or a bias-corrected average v̂ (Adam); P rescales each coordinate separately."),

        new NumericQuestion(
            "07-effective-condition",
            "A quadratic has Hessian H = diag(1, 100). A diagonal preconditioner P = diag(1, 0.01) is applied. What is the condition number of P½·H·P½?",
            1,
            1e-9,
            string.Empty,
            "P½HP½ = diag(1·1, 0.01·100) = diag(1, 1): both directions now have curvature 1, so κ = 1.",
            [
                new NumericTrap(100, "That is κ(H) before preconditioning; P divides each curvature by itself."),
                new NumericTrap(10000, "That multiplies the curvatures by 1/P instead of P."),
            ]),

        new NumericQuestion(
            "07-jacobi-root",
            "H = diag(4, 400). The preconditioner divides each coordinate by √Hᵢᵢ, i.e. P = diag(1/2, 1/20). What is κ(P½·H·P½)?",
            10,
            1e-9,
            string.Empty,
            "P½HP½ = diag(4/2, 400/20) = diag(2, 20), so κ = 10: dividing by √H takes the square root of κ = 100, not all of it.",
            [
                new NumericTrap(100, "That is κ(H) itself; the preconditioner does change it."),
                new NumericTrap(1, "That would need P = H⁻¹ = diag(1/4, 1/400), dividing by Hᵢᵢ rather than its square root."),
            ]),

        new TrueFalseQuestion(
            "07-diagonal-rotation",
            "For any two-dimensional quadratic, some diagonal preconditioner makes the effective condition number equal to 1.",
            false,
            "A diagonal P only rescales the axes. If the Hessian's eigenvectors are rotated away from the axes (for H with curvatures 1 and 100 at 45°, both diagonal entries are 50.5), rescaling the axes cannot separate the two curvatures: κ stays 100.",
            "On the axis-aligned quadratics of these lessons a diagonal P works perfectly, which makes it easy to believe it always can."),
    ];
}
