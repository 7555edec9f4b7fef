using Course.Training;
using MathNet.Numerics.LinearAlgebra;

namespace Course.Tests.Training;

/// <summary>
/// An over-confident network: its softmax gives the wrong classes probabilities so small that backpropagation makes
/// subnormal numbers from them, which x86 cores handle in microcode, many times slower (a network trained on for
/// thousands of epochs slowed from 3 to 12 ms per epoch; see bench/README.md). The loss drops those probabilities; these
/// tests check that no subnormal number is left and that nothing else moved, against softmax computed in double
/// precision from the same logits.
/// </summary>
public sealed class SoftmaxUnderflowTests
{
    private const int Batch = 6;
    private const int Classes = 4;

    /// <summary>Four float32 roundings, relative.</summary>
    private const double FourUlps = 4.0 / (1 << 23);

    /// <summary>The documented cut: probabilities below √(float32's smallest subnormal), 2^−74.5, are dropped.</summary>
    private static readonly double SmallestKept = Math.Sqrt(float.Epsilon);

    [Fact]
    public void An_over_confident_network_s_gradients_hold_no_subnormal_number()
    {
        // every example is sure of class 0: the last layer's biases set the other classes 60, 75 and 90 below it,
        // its small weights move them by less than one
        var mlp = new Mlp<float>([5, 8, Classes], seed: 3);
        var output = mlp.Layers[^1];
        for (var i = 0; i < output.Weight.Length; i++)
        {
            output.Weight.Value[i] *= 0.01f;
        }

        float[] margins = [0, -60, -75, -90];
        margins.CopyTo(output.Bias.Value, 0);
        var random = new Random(4);
        var inputs = Matrix<float>.Build.Dense(Batch, 5, (_, _) => (float)((random.NextDouble() * 4) - 2));
        var labels = new int[Batch];

        mlp.ComputeGradients(inputs, labels);

        foreach (var parameter in mlp.Parameters)
        {
            var subnormal = parameter.Gradient.ToArray().Count(float.IsSubnormal);
            Assert.True(subnormal == 0, $"{parameter.Name}: {subnormal} subnormal gradient entries");
        }
    }

    [Fact]
    public void Each_output_gradient_entry_is_within_the_dropped_probability_of_softmax_in_double_precision()
    {
        // logit gaps from 0 to 150: probabilities from normal numbers through float32's subnormals to zero
        var logits = Matrix<float>.Build.Dense(Batch, Classes, (i, k) => k == 0 ? 0f : -25f * (i + k - 1));
        int[] labels = [0, 1, 0, 2, 0, 3];
        var gradient = Matrix<float>.Build.Dense(Batch, Classes);

        var loss = new SoftmaxCrossEntropy().Compute(logits, labels, gradient);

        var expectedLoss = 0.0;
        for (var i = 0; i < Batch; i++)
        {
            var row = Enumerable.Range(0, Classes).Select(k => (double)logits[i, k]).ToArray();
            var logSumExp = row.Max() + Math.Log(row.Sum(z => Math.Exp(z - row.Max())));
            expectedLoss += (logSumExp - row[labels[i]]) / Batch;
            for (var k = 0; k < Classes; k++)
            {
                var exact = (Math.Exp(row[k] - logSumExp) - (k == labels[i] ? 1 : 0)) / Batch;
                var allowed = (Math.Abs(exact) * FourUlps) + (SmallestKept / Batch);
                Assert.True(
                    Math.Abs(gradient[i, k] - exact) <= allowed,
                    $"row {i}, class {k}: {gradient[i, k]:E9} against {exact:E9} (allowed {allowed:E3})");
            }
        }

        Assert.Equal(expectedLoss, loss, 5e-6);
    }
}
