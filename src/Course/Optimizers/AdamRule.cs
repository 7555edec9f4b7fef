using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Course.Optimizers;

/// <summary>
/// The pieces Adam and AdamW share, as optax composes them: an optional decoupled decay of the weights
/// (θ ← ρθ), then Adam's moment update and bias-corrected step, fused into one pass over the buffers.
/// </summary>
internal static class AdamRule
{
    /// <summary>
    /// One fused step, in PyTorch's order:
    /// θ ← ρθ; g ← ±∇ + λθ; m ← β₁m + (1 − β₁)g; v ← β₂v + (1 − β₂)g²; [v̂ᵐᵃˣ ← max(v̂ᵐᵃˣ, v)];
    /// θ ← θ − (γ / (1 − β₁ᵗ)) m / (√v / √(1 − β₂ᵗ) + ε).
    /// </summary>
    /// <param name="value">θ, updated in place.</param>
    /// <param name="gradient">∇f(θ).</param>
    /// <param name="state">The moments, updated in place; its step is advanced here.</param>
    /// <param name="learningRate">γ.</param>
    /// <param name="beta1">β₁.</param>
    /// <param name="beta2">β₂.</param>
    /// <param name="eps">ε.</param>
    /// <param name="coupledWeightDecay">λ added to the gradient (Adam's L2 penalty); 0 for AdamW.</param>
    /// <param name="decoupledScale">ρ applied to the weights before anything else (AdamW's 1 − γλ); 1 for Adam.</param>
    /// <param name="amsgrad">Use the running maximum of v.</param>
    /// <param name="maximize">Negate the gradient.</param>
    /// <remarks>
    /// <para>
    /// The vector loop is this scalar loop over <see cref="Vector{T}"/> lanes (fma(a, b, c) is a·b + c rounded once):
    /// </para>
    /// <code>
    /// for i:
    ///     p = ρ·θ[i];  g = ±gradient[i];  if (λ ≠ 0) g = fma(p, λ, g)
    ///     m[i] = fma(g, 1 − β₁, m[i]·β₁);   v[i] = fma((1 − β₂)·g, g, v[i]·β₂);   [u = v̂ᵐᵃˣ[i] = max(v̂ᵐᵃˣ[i], v[i])]
    ///     float32:  θ[i] = p + (−γ / (1 − β₁ᵗ))·m[i] / (√u / √(1 − β₂ᵗ) + ε)
    ///     float64:  θ[i] = p + (−γ / (1 − β₁ᵗ))·m[i] / fma(√u, 1 / √(1 − β₂ᵗ), ε)
    /// </code>
    /// <para>
    /// float32 keeps PyTorch's operations in PyTorch's order, so it agrees with torch float32 to the last bit.
    /// float64 multiplies by the reciprocal of √(1 − β₂ᵗ), computed once per step, and adds ε in the same rounding:
    /// a square root and one division per element instead of a square root and two divisions, which the one
    /// divider of a core cannot finish in the time the 4 doubles of a 256-bit vector take to stream through memory.
    /// The reciprocal differs from torch's quotient by at most a rounding or two per step (≈ 2⁻⁵² relative).
    /// </para>
    /// </remarks>
    // Fully optimized from the first call: a step is called few times but loops over millions of elements.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Step<T>(
        Span<T> value,
        ReadOnlySpan<T> gradient,
        AdamState<T> state,
        double learningRate,
        double beta1,
        double beta2,
        double eps,
        double coupledWeightDecay,
        double decoupledScale,
        bool amsgrad,
        bool maximize)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        state.Step++;
        double step = state.Step;
        var biasCorrection1 = 1 - Math.Pow(beta1, step);
        var biasCorrection2 = 1 - Math.Pow(beta2, step);
        var negStepSize = T.CreateChecked(-(learningRate / biasCorrection1));
        var biasCorrection2Sqrt = T.CreateChecked(Math.Sqrt(biasCorrection2));
        var invBc2Sqrt = T.One / biasCorrection2Sqrt;
        var b1 = T.CreateChecked(beta1);
        var oneMinusB1 = T.CreateChecked(1 - beta1);
        var b2 = T.CreateChecked(beta2);
        var oneMinusB2 = T.CreateChecked(1 - beta2);
        var e = T.CreateChecked(eps);
        var lambda = T.CreateChecked(coupledWeightDecay);
        var rho = T.CreateChecked(decoupledScale);
        var hasCoupled = coupledWeightDecay != 0;
        var hasDecoupled = decoupledScale != 1;
        Span<T> m = state.FirstMoment;
        Span<T> v = state.SecondMoment;
        Span<T> vMax = state.MaxSecondMoment;

        var pv = MemoryMarshal.Cast<T, Vector<T>>(value);
        var gv = MemoryMarshal.Cast<T, Vector<T>>(gradient);
        var mv = MemoryMarshal.Cast<T, Vector<T>>(m);
        var vv = MemoryMarshal.Cast<T, Vector<T>>(v);
        var xv = MemoryMarshal.Cast<T, Vector<T>>(vMax);
        var vNegStepSize = new Vector<T>(negStepSize);
        var vBc2Sqrt = new Vector<T>(biasCorrection2Sqrt);
        var vInvBc2Sqrt = new Vector<T>(invBc2Sqrt);
        var vB1 = new Vector<T>(b1);
        var vOneMinusB1 = new Vector<T>(oneMinusB1);
        var vB2 = new Vector<T>(b2);
        var vOneMinusB2 = new Vector<T>(oneMinusB2);
        var vEps = new Vector<T>(e);
        var vLambda = new Vector<T>(lambda);
        var vRho = new Vector<T>(rho);
        for (var k = 0; k < pv.Length; k++)
        {
            Prefetch.Ahead<T>(k, pv, gv, mv, vv, xv);
            var p = hasDecoupled ? pv[k] * vRho : pv[k];
            var g = maximize ? -gv[k] : gv[k];
            if (hasCoupled)
            {
                g = Fused.MultiplyAdd(p, vLambda, g);
            }

            var mk = Fused.MultiplyAdd(g, vOneMinusB1, mv[k] * vB1);
            mv[k] = mk;
            var vk = Fused.MultiplyAdd(vOneMinusB2 * g, g, vv[k] * vB2);
            vv[k] = vk;
            if (amsgrad)
            {
                vk = Vector.Max(xv[k], vk);
                xv[k] = vk;
            }

            if (typeof(T) == typeof(double))
            {
                // float64: √v·(1/√(1 − β₂ᵗ)) + ε in one fused multiply-add, leaving one square root and one division.
                pv[k] = p + (vNegStepSize * mk / Fused.MultiplyAdd(Vector.SquareRoot(vk), vInvBc2Sqrt, vEps));
            }
            else
            {
                pv[k] = p + (vNegStepSize * mk / ((Vector.SquareRoot(vk) / vBc2Sqrt) + vEps));
            }
        }

        for (var i = pv.Length * Vector<T>.Count; i < value.Length; i++)
        {
            var p = hasDecoupled ? value[i] * rho : value[i];
            var g = maximize ? -gradient[i] : gradient[i];
            if (hasCoupled)
            {
                g = Fused.MultiplyAdd(p, lambda, g);
            }

            var mi = Fused.MultiplyAdd(g, oneMinusB1, m[i] * b1);
            m[i] = mi;
            var vi = Fused.MultiplyAdd(oneMinusB2 * g, g, v[i] * b2);
            v[i] = vi;
            if (amsgrad)
            {
                vi = T.Max(vMax[i], vi);
                vMax[i] = vi;
            }

            value[i] = typeof(T) == typeof(double)
                ? p + (negStepSize * mi / Fused.MultiplyAdd(T.Sqrt(vi), invBc2Sqrt, e))
                : p + (negStepSize * mi / ((T.Sqrt(vi) / biasCorrection2Sqrt) + e));
        }
    }
}
