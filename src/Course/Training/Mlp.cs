using System.Numerics;
using Course.Optimizers;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Random;

namespace Course.Training;

/// <summary>
/// A multilayer perceptron: fully connected layers with a hidden activation between them and a loss on
/// the last layer's outputs. Forward and backward passes are written out layer by layer in
/// <see cref="DenseLayer{T}"/>; backpropagation is the chain rule applied from the loss back to the input
/// (Rumelhart, Hinton &amp; Williams, 1986, "Learning representations by back-propagating errors").
/// </summary>
/// <typeparam name="T">
/// <see cref="float"/> (fast; PyTorch's default) or <see cref="double"/> (for finite-difference checks).
/// </typeparam>
public sealed class Mlp<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    // ∂L/∂outputs, one buffer per batch size seen, so a training epoch allocates nothing after its first pass.
    private readonly Dictionary<int, Matrix<T>> _outputGradients = [];

    /// <summary>Creates a network with the given layer sizes and seeded initial weights.</summary>
    /// <param name="layerSizes">
    /// Inputs, then each hidden layer's width, then outputs; for example <c>[64, 64, 10]</c>.
    /// Two sizes (<c>[30, 1]</c>) give a single affine layer: with <see cref="SigmoidCrossEntropy"/>, logistic regression.
    /// </param>
    /// <param name="hiddenActivation">f after every layer but the last.</param>
    /// <param name="loss">The loss on the outputs; <see cref="SoftmaxCrossEntropy"/> when <see langword="null"/>.</param>
    /// <param name="initialization">
    /// How weights are drawn; when <see langword="null"/>, <see cref="Initialization.He"/> for ReLU and
    /// <see cref="Initialization.Xavier"/> for tanh.
    /// </param>
    /// <param name="seed">Seed of the weight draws; the same seed gives the same network.</param>
    public Mlp(IReadOnlyList<int> layerSizes, Activation hiddenActivation = Activation.ReLU, ILoss? loss = null, Initialization? initialization = null, int seed = 0)
    {
        ArgumentNullException.ThrowIfNull(layerSizes);
        if (layerSizes.Count < 2)
        {
            throw new ArgumentException($"layerSizes needs at least an input and an output size, but has {layerSizes.Count} entries.", nameof(layerSizes));
        }

        for (var i = 0; i < layerSizes.Count; i++)
        {
            if (layerSizes[i] < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(layerSizes), layerSizes[i], $"Every layer size must be ≥ 1, but entry {i} was {layerSizes[i]}.");
            }
        }

        if (!Enum.IsDefined(hiddenActivation))
        {
            throw new ArgumentOutOfRangeException(nameof(hiddenActivation), hiddenActivation, "hiddenActivation must be ReLU or Tanh.");
        }

        LayerSizes = layerSizes.ToArray();
        HiddenActivation = hiddenActivation;
        Loss = loss ?? new SoftmaxCrossEntropy();
        Initialization = initialization ?? (hiddenActivation == Activation.ReLU ? Initialization.He : Initialization.Xavier);
        Seed = seed;

        var random = new MersenneTwister(seed);
        var layers = new DenseLayer<T>[LayerSizes.Count - 1];
        for (var l = 0; l < layers.Length; l++)
        {
            var isLast = l == layers.Length - 1;
            layers[l] = new DenseLayer<T>($"layer{l + 1}", LayerSizes[l], LayerSizes[l + 1], isLast ? null : hiddenActivation, Initialization, random);
        }

        Layers = layers;
        Weights = layers.Select(layer => layer.Weight).ToArray();
        Biases = layers.Select(layer => layer.Bias).ToArray();
        Parameters = layers.SelectMany(layer => new[] { layer.Weight, layer.Bias }).ToArray();
    }

    /// <summary>
    /// Logistic regression as a network without hidden layers: one logit z = x·w + b per example, trained with
    /// <see cref="SigmoidCrossEntropy"/>, weights starting at 0.
    /// </summary>
    /// <param name="featureCount">Number of input features, ≥ 1.</param>
    public static Mlp<T> LogisticRegression(int featureCount) =>
        new([featureCount, 1], loss: new SigmoidCrossEntropy(), initialization: Initialization.Zero);

    /// <summary>Inputs, hidden widths, outputs.</summary>
    public IReadOnlyList<int> LayerSizes { get; }

    /// <summary>The activation after every hidden layer.</summary>
    public Activation HiddenActivation { get; }

    /// <summary>The loss on the outputs.</summary>
    public ILoss Loss { get; }

    /// <summary>How the weights were drawn.</summary>
    public Initialization Initialization { get; }

    /// <summary>The seed of the weight draws.</summary>
    public int Seed { get; }

    /// <summary>The layers, input side first.</summary>
    public IReadOnlyList<DenseLayer<T>> Layers { get; }

    /// <summary>Every parameter: <c>layer1.weight</c>, <c>layer1.bias</c>, <c>layer2.weight</c>, …</summary>
    public IReadOnlyList<Parameter<T>> Parameters { get; }

    /// <summary>The weight matrices, one per layer.</summary>
    public IReadOnlyList<Parameter<T>> Weights { get; }

    /// <summary>The bias vectors, one per layer.</summary>
    public IReadOnlyList<Parameter<T>> Biases { get; }

    /// <summary>Total number of trainable scalars.</summary>
    public int ParameterCount => Parameters.Sum(p => p.Length);

    /// <summary>
    /// Two fresh parameter groups, <c>"weights"</c> and <c>"biases"</c>, for an optimizer. The weights take the
    /// optimizer's weight decay; the biases get none unless <paramref name="decayBiases"/> (the usual practice,
    /// e.g. Loshchilov &amp; Hutter, 2019). Each call returns new groups, since a group belongs to one optimizer.
    /// </summary>
    /// <param name="decayBiases">Give the biases the optimizer's weight decay too.</param>
    public ParameterGroup<T>[] ParameterGroups(bool decayBiases = false) =>
    [
        new ParameterGroup<T>(Weights, name: "weights"),
        new ParameterGroup<T>(Biases, weightDecay: decayBiases ? null : 0.0, name: "biases"),
    ];

    /// <summary>The network's outputs (before the loss), batch × outputs, for <paramref name="inputs"/> (batch × inputs).</summary>
    public Matrix<T> Forward(Matrix<T> inputs) => ForwardInPlace(inputs).Clone();

    /// <summary>The mean loss over the batch, without touching gradients.</summary>
    /// <param name="inputs">batch × inputs.</param>
    /// <param name="labels">The class of each row.</param>
    public double ComputeLoss(Matrix<T> inputs, ReadOnlySpan<int> labels) => Loss.Compute(ForwardInPlace(inputs), labels, null);

    /// <summary>
    /// Forward pass, loss, and backward pass: sets every parameter's <see cref="Parameter{T}.Gradient"/> to
    /// ∂L/∂θ for this batch (overwriting, not accumulating) and returns L.
    /// </summary>
    /// <param name="inputs">batch × inputs.</param>
    /// <param name="labels">The class of each row.</param>
    public double ComputeGradients(Matrix<T> inputs, ReadOnlySpan<int> labels) => ComputeGradients(inputs, labels, null);

    /// <summary>The predicted class of each row of <paramref name="inputs"/>.</summary>
    public int[] Predict(Matrix<T> inputs)
    {
        var outputs = ForwardInPlace(inputs);
        var predictions = new int[outputs.RowCount];
        for (var i = 0; i < predictions.Length; i++)
        {
            predictions[i] = Loss.Predict(outputs, i);
        }

        return predictions;
    }

    /// <summary>Mean loss and accuracy on <paramref name="data"/>.</summary>
    public Evaluation Evaluate(Dataset data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return Evaluate(ToInputs(data.Features), data.Labels);
    }

    /// <summary>Mean loss and accuracy on a batch.</summary>
    /// <param name="inputs">batch × inputs.</param>
    /// <param name="labels">The class of each row.</param>
    public Evaluation Evaluate(Matrix<T> inputs, ReadOnlySpan<int> labels)
    {
        var outputs = ForwardInPlace(inputs);
        var loss = Loss.Compute(outputs, labels, null);
        return new Evaluation(loss, CountCorrect(outputs, labels) / (double)labels.Length);
    }

    /// <summary>Converts a data set's features (double) to this network's number type.</summary>
    public static Matrix<T> ToInputs(Matrix<double> features)
    {
        ArgumentNullException.ThrowIfNull(features);
        if (typeof(T) == typeof(double))
        {
            return (Matrix<T>)(object)features;
        }

        if (features.AsColumnMajorArray() is not { } values)
        {
            return features.Map(T.CreateChecked);
        }

        // a dense matrix: convert its column-major array in one loop (Map calls a delegate per element)
        var converted = GC.AllocateUninitializedArray<T>(values.Length);
        for (var k = 0; k < values.Length; k++)
        {
            converted[k] = T.CreateChecked(values[k]);
        }

        return Matrix<T>.Build.Dense(features.RowCount, features.ColumnCount, converted);
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"MLP {string.Join("-", LayerSizes)} ({HiddenActivation}, {Loss.Name}, {ParameterCount} parameters)";

    /// <summary>The training step's pass: forward, loss, backward; optionally counts correct predictions.</summary>
    internal double ComputeGradients(Matrix<T> inputs, ReadOnlySpan<int> labels, int[]? correct)
    {
        var outputs = ForwardInPlace(inputs);
        if (!_outputGradients.TryGetValue(outputs.RowCount, out var outputGradient))
        {
            outputGradient = Matrix<T>.Build.Dense(outputs.RowCount, outputs.ColumnCount);
            _outputGradients.Add(outputs.RowCount, outputGradient);
        }

        var loss = Loss.Compute(outputs, labels, outputGradient);
        if (correct is not null)
        {
            correct[0] = CountCorrect(outputs, labels);
        }

        // the chain rule, last layer first: each layer turns ∂L/∂(its output) into ∂L/∂(its input)
        var gradient = outputGradient;
        for (var l = Layers.Count - 1; l >= 0; l--)
        {
            gradient = Layers[l].Backward(gradient, needInputGradient: l > 0)!;
        }

        return loss;
    }

    private Matrix<T> ForwardInPlace(Matrix<T> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        if (inputs.ColumnCount != LayerSizes[0])
        {
            throw new ArgumentException($"inputs has {inputs.ColumnCount} columns but the network takes {LayerSizes[0]} inputs.", nameof(inputs));
        }

        var activations = inputs;
        for (var l = 0; l < Layers.Count; l++)   // indexing, not foreach: an interface's enumerator is an allocation
        {
            activations = Layers[l].Forward(activations);
        }

        return activations;
    }

    private int CountCorrect(Matrix<T> outputs, ReadOnlySpan<int> labels)
    {
        var correct = 0;
        for (var i = 0; i < labels.Length; i++)
        {
            correct += Loss.Predict(outputs, i) == labels[i] ? 1 : 0;
        }

        return correct;
    }
}
