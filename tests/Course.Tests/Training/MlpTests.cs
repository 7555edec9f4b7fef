using Course.Optimizers;
using Course.Training;
using MathNet.Numerics.LinearAlgebra;

namespace Course.Tests.Training;

public sealed class MlpTests
{
    [Fact]
    public void Parameters_are_named_and_shaped_as_pytorch_linear_layers()
    {
        var mlp = new Mlp<float>([64, 32, 10]);

        Assert.Equal(["layer1.weight", "layer1.bias", "layer2.weight", "layer2.bias"], mlp.Parameters.Select(p => p.Name));
        Assert.Equal([32 * 64, 32, 10 * 32, 10], mlp.Parameters.Select(p => p.Length));
        Assert.Equal((64 * 32) + 32 + (32 * 10) + 10, mlp.ParameterCount);
    }

    [Fact]
    public void Forward_computes_relu_of_x_w_transposed_plus_b_by_hand()
    {
        var mlp = new Mlp<double>([2, 2, 1], loss: new SigmoidCrossEntropy());
        double[] w1 = [1, -1, 2, 3];   // W1 = [[1, −1], [2, 3]]
        w1.CopyTo(mlp.Weights[0].Value, 0);
        mlp.Biases[0].Value[0] = 0.5;
        mlp.Biases[0].Value[1] = -10;
        double[] w2 = [2, 5];
        w2.CopyTo(mlp.Weights[1].Value, 0);
        mlp.Biases[1].Value[0] = 1;

        var output = mlp.Forward(Matrix<double>.Build.DenseOfArray(new double[,] { { 3, 1 } }));

        // hidden: relu(3 − 1 + 0.5) = 2.5, relu(6 + 3 − 10) = 0; output 2·2.5 + 5·0 + 1 = 6
        Assert.Equal(6.0, output[0, 0], 12);
    }

    [Fact]
    public void Parameter_groups_exempt_biases_from_weight_decay()
    {
        var mlp = new Mlp<double>([3, 4, 2]);
        var sgd = new Sgd<double>(mlp.ParameterGroups(), new SgdOptions(LearningRate: 0.1, WeightDecay: 0.01));

        Assert.Equal(["weights", "biases"], sgd.Groups.Select(g => g.Name));
        Assert.Equal(mlp.Weights, sgd.Groups[0].Parameters);
        Assert.Equal(0.01, sgd.Groups[0].WeightDecay);
        Assert.Equal(0.0, sgd.Groups[1].WeightDecay);
        Assert.Equal(0.01, new Sgd<double>(mlp.ParameterGroups(decayBiases: true), new SgdOptions(WeightDecay: 0.01)).Groups[1].WeightDecay);
    }

    [Fact]
    public void Same_seed_gives_the_same_weights_and_another_seed_does_not()
    {
        Assert.Equal(new Mlp<float>([8, 8, 3], seed: 4).Weights[0].Value, new Mlp<float>([8, 8, 3], seed: 4).Weights[0].Value);
        Assert.NotEqual(new Mlp<float>([8, 8, 3], seed: 4).Weights[0].Value, new Mlp<float>([8, 8, 3], seed: 5).Weights[0].Value);
    }

    [Fact]
    public void He_and_xavier_draw_with_their_closed_form_spread()
    {
        // He normal: std = √(2 / fan_in); Xavier uniform on ±√(6 / (fan_in + fan_out)): std = √(2 / (fan_in + fan_out))
        var he = new Mlp<double>([400, 300, 2], Activation.ReLU, seed: 1).Weights[0].Value;
        var xavier = new Mlp<double>([400, 300, 2], Activation.Tanh, seed: 1).Weights[0].Value;

        Assert.Equal(Math.Sqrt(2.0 / 400), Std(he), 0.02 * Math.Sqrt(2.0 / 400));
        Assert.Equal(Math.Sqrt(2.0 / 700), Std(xavier), 0.02 * Math.Sqrt(2.0 / 700));
        Assert.True(xavier.Max() <= Math.Sqrt(6.0 / 700));
        Assert.All(new Mlp<double>([400, 300, 2]).Biases, b => Assert.All(b.Value, x => Assert.Equal(0.0, x)));
    }

    [Fact]
    public void Bad_layer_sizes_are_rejected_with_the_argument_named()
    {
        Assert.Equal("layerSizes", Assert.Throws<ArgumentException>(() => new Mlp<float>([64])).ParamName);
        Assert.Equal("layerSizes", Assert.Throws<ArgumentOutOfRangeException>(() => new Mlp<float>([64, 0, 10])).ParamName);
        var mlp = new Mlp<float>([4, 2]);
        Assert.Equal("inputs", Assert.Throws<ArgumentException>(() => mlp.Forward(Matrix<float>.Build.Dense(3, 5))).ParamName);
    }

    private static double Std(double[] values)
    {
        var mean = values.Average();
        return Math.Sqrt(values.Select(x => (x - mean) * (x - mean)).Average());
    }
}
