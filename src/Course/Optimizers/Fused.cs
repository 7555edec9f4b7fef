using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.Arm;
using System.Runtime.Intrinsics.X86;

namespace Course.Optimizers;

/// <summary>
/// The fused multiply-add a·b + c, rounded once, lane by lane.
/// </summary>
/// <remarks>
/// PyTorch's CPU kernels compute <c>x.add_(y, alpha=a)</c> as fma(y, a, x) and
/// <c>x.addcmul_(y, z, value=a)</c> as fma(a·y, z, x), in float32 and float64 alike (its vectorized AVX2 code
/// calls <c>_mm256_fmadd</c>, and its scalar tail is compiled with contraction). The steps here do the same, so a
/// float32 step agrees with torch's to the last bit instead of drifting by a rounding per step.
/// .NET never contracts a·b + c by itself, hence this helper.
/// </remarks>
internal static class Fused
{
    /// <summary>a·b + c with one rounding.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T MultiplyAdd<T>(T a, T b, T c) where T : unmanaged, IFloatingPointIeee754<T> =>
        T.FusedMultiplyAdd(a, b, c);

    /// <summary>a·b + c with one rounding in every lane.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector<T> MultiplyAdd<T>(Vector<T> a, Vector<T> b, Vector<T> c)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        if (Avx512F.IsSupported && Unsafe.SizeOf<Vector<T>>() == Unsafe.SizeOf<Vector512<T>>())
        {
            if (typeof(T) == typeof(float))
            {
                return Avx512F.FusedMultiplyAdd(a.AsVector512().AsSingle(), b.AsVector512().AsSingle(), c.AsVector512().AsSingle())
                    .As<float, T>().AsVector();
            }

            if (typeof(T) == typeof(double))
            {
                return Avx512F.FusedMultiplyAdd(a.AsVector512().AsDouble(), b.AsVector512().AsDouble(), c.AsVector512().AsDouble())
                    .As<double, T>().AsVector();
            }
        }

        if (Fma.IsSupported && Unsafe.SizeOf<Vector<T>>() == Unsafe.SizeOf<Vector256<T>>())
        {
            if (typeof(T) == typeof(float))
            {
                return Fma.MultiplyAdd(a.AsVector256().AsSingle(), b.AsVector256().AsSingle(), c.AsVector256().AsSingle())
                    .As<float, T>().AsVector();
            }

            if (typeof(T) == typeof(double))
            {
                return Fma.MultiplyAdd(a.AsVector256().AsDouble(), b.AsVector256().AsDouble(), c.AsVector256().AsDouble())
                    .As<double, T>().AsVector();
            }
        }

        if (Unsafe.SizeOf<Vector<T>>() == Unsafe.SizeOf<Vector128<T>>())
        {
            if (typeof(T) == typeof(float) && Fma.IsSupported)
            {
                return Fma.MultiplyAdd(a.AsVector128().AsSingle(), b.AsVector128().AsSingle(), c.AsVector128().AsSingle())
                    .As<float, T>().AsVector();
            }

            if (typeof(T) == typeof(double) && Fma.IsSupported)
            {
                return Fma.MultiplyAdd(a.AsVector128().AsDouble(), b.AsVector128().AsDouble(), c.AsVector128().AsDouble())
                    .As<double, T>().AsVector();
            }

            if (typeof(T) == typeof(float) && AdvSimd.IsSupported)
            {
                return AdvSimd.FusedMultiplyAdd(c.AsVector128().AsSingle(), a.AsVector128().AsSingle(), b.AsVector128().AsSingle())
                    .As<float, T>().AsVector();
            }

            if (typeof(T) == typeof(double) && AdvSimd.Arm64.IsSupported)
            {
                return AdvSimd.Arm64.FusedMultiplyAdd(c.AsVector128().AsDouble(), a.AsVector128().AsDouble(), b.AsVector128().AsDouble())
                    .As<double, T>().AsVector();
            }
        }

        return LaneByLane(a, b, c);
    }

    // Hardware without a vector FMA the JIT exposes: the same single rounding, one lane at a time.
    private static Vector<T> LaneByLane<T>(Vector<T> a, Vector<T> b, Vector<T> c)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        Span<T> result = stackalloc T[Vector<T>.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = T.FusedMultiplyAdd(a[i], b[i], c[i]);
        }

        return new Vector<T>(result);
    }
}
