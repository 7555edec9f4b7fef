using Course.Training;
using MathNet.Numerics.LinearAlgebra;

namespace Course.Tests.Training;

/// <summary>Backpropagation against central finite differences, (L(θ + h) − L(θ − h)) / 2h, for every parameter entry.</summary>
public sealed class MlpGradientTests
{
    public static TheoryData<Activation, string> Cases => new()
    {
        { Activation.ReLU, "softmax" },
        { Activation.ReLU, "mse" },
        { Activation.Tanh, "softmax" },
        { Activation.Tanh, "mse" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_parameter_gradient_matches_finite_differences(Activation activation, string loss)
    {
        var mlp = new Mlp<double>([5, 4, 6, 3], activation, loss == "mse" ? new MeanSquaredError() : new SoftmaxCrossEntropy(), seed: 11);
        var (inputs, labels) = RandomBatch(rows: 7, columns: 5, classes: 3, seed: 2);
        // non-zero biases, so the check also covers their effect on every layer
        foreach (var bias in mlp.Biases)
        {
            for (var i = 0; i < bias.Length; i++)
            {
                bias.Value[i] = 0.1 * (i - 1);
            }
        }

        AssertGradientsMatchFiniteDifferences(mlp, inputs, labels);
    }

    [Fact]
    public void Logistic_regression_gradient_matches_finite_differences()
    {
        var model = new Mlp<double>([4, 1], loss: new SigmoidCrossEntropy(), seed: 5);
        var (inputs, labels) = RandomBatch(rows: 9, columns: 4, classes: 2, seed: 8);

        AssertGradientsMatchFiniteDifferences(model, inputs, labels);
    }

    [Fact]
    public void Gradients_are_overwritten_not_accumulated()
    {
        var mlp = new Mlp<double>([5, 4, 3], seed: 1);
        var (inputs, labels) = RandomBatch(rows: 6, columns: 5, classes: 3, seed: 3);

        mlp.ComputeGradients(inputs, labels);
        var first = mlp.Parameters.Select(p => p.Gradient.ToArray()).ToArray();
        mlp.ComputeGradients(inputs, labels);

        Assert.Equal(first, mlp.Parameters.Select(p => p.Gradient.ToArray()).ToArray());
    }

    private static void AssertGradientsMatchFiniteDifferences(Mlp<double> mlp, Matrix<double> inputs, int[] labels)
    {
        const double h = 1e-6;
        mlp.ComputeGradients(inputs, labels);
        var analytic = mlp.Parameters.ToDictionary(p => p.Name, p => p.Gradient.ToArray());

        foreach (var parameter in mlp.Parameters)
        {
            for (var i = 0; i < parameter.Length; i++)
            {
                var saved = parameter.Value[i];
                parameter.Value[i] = saved + h;
                var up = mlp.ComputeLoss(inputs, labels);
                parameter.Value[i] = saved - h;
                var down = mlp.ComputeLoss(inputs, labels);
                parameter.Value[i] = saved;

                var numeric = (up - down) / (2 * h);
                var exact = analytic[parameter.Name][i];
                var tolerance = 1e-7 + (1e-5 * Math.Abs(numeric));
                Assert.True(
                    Math.Abs(exact - numeric) <= tolerance,
                    $"{parameter.Name}[{i}]: backprop {exact:E6}, finite difference {numeric:E6}");
            }
        }

        Assert.Contains(analytic.Values, g => g.Any(x => Math.Abs(x) > 1e-3));
    }

    private static (Matrix<double> Inputs, int[] Labels) RandomBatch(int rows, int columns, int classes, int seed)
    {
        var random = new Random(seed);
        var inputs = Matrix<double>.Build.Dense(rows, columns, (_, _) => (random.NextDouble() * 4) - 2);
        var labels = Enumerable.Range(0, rows).Select(i => i % classes).ToArray();
        return (inputs, labels);
    }
}
