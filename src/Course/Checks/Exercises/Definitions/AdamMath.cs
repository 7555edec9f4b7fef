using static Course.Checks.Exercises.Elementwise;

namespace Course.Checks.Exercises.Definitions;

/// <summary>
/// Adam's rule written out once with switches, so the Adam and AdamW exercises can build their deliberately
/// wrong variants by flipping one switch (Kingma &amp; Ba 2015, Algorithm 1; Loshchilov &amp; Hutter 2019 for the decay).
/// With every switch at its default this is the correct rule; the references come from the library instead.
/// </summary>
internal sealed record AdamMath
{
    /// <summary>Divide m by 1 − β₁ᵗ.</summary>
    public bool CorrectFirst { get; init; } = true;

    /// <summary>Divide v by 1 − β₂ᵗ.</summary>
    public bool CorrectSecond { get; init; } = true;

    /// <summary>Added to t in the correction (−1 for a counter that starts at 0).</summary>
    public int StepOffset { get; init; }

    /// <summary>Put ε inside the square root.</summary>
    public bool EpsInside { get; init; }

    /// <summary>Square the gradient in v.</summary>
    public bool Square { get; init; } = true;

    /// <summary>Weight the new value by (1 − β).</summary>
    public bool OneMinusBeta { get; init; } = true;

    /// <summary>Use β₂ for m and β₁ for v.</summary>
    public bool SwapBetas { get; init; }

    /// <summary>Return m̂ and v̂ as the state.</summary>
    public bool StoreCorrected { get; init; }

    /// <summary>−1 to descend, +1 to ascend.</summary>
    public double Sign { get; init; } = -1;

    /// <summary>Decoupled decay: before the step (PyTorch), after it, or none.</summary>
    public DecayPlacement Decay { get; init; } = DecayPlacement.Before;

    /// <summary>Multiply the decoupled decay by the learning rate.</summary>
    public bool DecayTimesLearningRate { get; init; } = true;

    /// <summary>Add λw to the gradient (L2, Adam's coupled decay).</summary>
    public bool CoupledDecay { get; init; }

    /// <summary>Where the decoupled decay happens.</summary>
    public enum DecayPlacement
    {
        /// <summary>No decoupled decay.</summary>
        None,

        /// <summary>w ← w(1 − ηλ) before the Adam step, as PyTorch.</summary>
        Before,

        /// <summary>w ← w(1 − ηλ) after the Adam step.</summary>
        After,
    }

    /// <summary>One step from state [w, m, v] at 0-based step <paramref name="k"/> with weight decay λ = <paramref name="weightDecay"/>.</summary>
    public double[][] Step(StepCase c, int k, double[][] s, double weightDecay)
    {
        var (w, m, v) = (s[0], s[1], s[2]);
        var t = k + 1;
        var (b1, b2) = SwapBetas ? (c.Beta2, c.Beta1) : (c.Beta1, c.Beta2);
        var g = Build(w.Length, i => c.Gradients[k][i] + (CoupledDecay ? weightDecay * w[i] : 0));
        var shrink = 1 - ((DecayTimesLearningRate ? c.LearningRate : 1) * weightDecay);
        var start = Decay == DecayPlacement.Before ? Build(w.Length, i => w[i] * shrink) : w;
        var newM = Build(w.Length, i => (b1 * m[i]) + ((OneMinusBeta ? 1 - b1 : 1) * g[i]));
        var newV = Build(w.Length, i => (b2 * v[i]) + ((OneMinusBeta ? 1 - b2 : 1) * (Square ? g[i] * g[i] : g[i])));
        var mHat = Build(w.Length, i => CorrectFirst ? newM[i] / (1 - Math.Pow(b1, t + StepOffset)) : newM[i]);
        var vHat = Build(w.Length, i => CorrectSecond ? newV[i] / (1 - Math.Pow(b2, t + StepOffset)) : newV[i]);
        var moved = Build(w.Length, i => start[i] + (Sign * c.LearningRate * mHat[i] / (EpsInside ? Math.Sqrt(vHat[i] + c.Eps) : Math.Sqrt(vHat[i]) + c.Eps)));
        if (Decay == DecayPlacement.After)
        {
            moved = Build(w.Length, i => moved[i] * shrink);
        }

        return StoreCorrected ? [moved, mHat, vHat] : [moved, newM, newV];
    }
}
