using System.Numerics;
using Course.Optimizers;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;

namespace Course.Training;

/// <summary>
/// One fully connected layer, h = f(z) with z = x Wᵀ + b, for a batch x with one example per row
/// (PyTorch's <c>nn.Linear</c> followed by an activation).
/// </summary>
/// <remarks>
/// <see cref="Weight"/> holds W, <see cref="Outputs"/> × <see cref="Inputs"/>, row by row, as PyTorch stores
/// <c>weight</c>. A batch is a MathNet matrix, one example per row. The three products (x Wᵀ, dzᵀ x, dz W)
/// are vectorized loops in <see cref="MatrixProducts"/>, each documented with the plain loop it computes.
/// </remarks>
/// <typeparam name="T"><see cref="float"/> or <see cref="double"/>.</typeparam>
public sealed class DenseLayer<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    // One set of buffers per batch size seen (a training epoch uses the batch size, the last partial batch's
    // size and the validation set's), so alternating between them allocates nothing after the first time.
    private readonly Dictionary<int, (Matrix<T> Z, Matrix<T> H, Matrix<T> Dz, Matrix<T> DInput)> _buffers = [];
    private Matrix<T>? _input;
    private Matrix<T> _z = Matrix<T>.Build.Dense(1, 1);
    private Matrix<T> _h = Matrix<T>.Build.Dense(1, 1);
    private Matrix<T> _dz = Matrix<T>.Build.Dense(1, 1);
    private Matrix<T> _dInput = Matrix<T>.Build.Dense(1, 1);

    /// <summary>Creates a layer with weights drawn by <paramref name="initialization"/> and zero biases.</summary>
    /// <param name="name">Prefix of the parameter names, such as <c>"layer1"</c>.</param>
    /// <param name="inputs">Number of inputs (fan_in), ≥ 1.</param>
    /// <param name="outputs">Number of outputs (fan_out), ≥ 1.</param>
    /// <param name="activation">The activation f, or <see langword="null"/> for none (the output layer).</param>
    /// <param name="initialization">How to draw the weights.</param>
    /// <param name="random">The seeded source of the draws.</param>
    public DenseLayer(string name, int inputs, int outputs, Activation? activation, Initialization initialization, Random random)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentOutOfRangeException.ThrowIfLessThan(inputs, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(outputs, 1);
        ArgumentNullException.ThrowIfNull(random);
        Name = name;
        Inputs = inputs;
        Outputs = outputs;
        Activation = activation;

        var draws = initialization switch
        {
            Initialization.Zero => Enumerable.Repeat(0.0, outputs * inputs),
            Initialization.He => Normal.Samples(random, 0.0, Math.Sqrt(2.0 / inputs)),
            Initialization.Xavier => ContinuousUniform.Samples(random, -Math.Sqrt(6.0 / (inputs + outputs)), Math.Sqrt(6.0 / (inputs + outputs))),
            _ => throw new ArgumentOutOfRangeException(nameof(initialization), initialization, "initialization must be He, Xavier or Zero."),
        };
        Weight = new Parameter<T>($"{name}.weight", draws.Take(outputs * inputs).Select(T.CreateChecked).ToArray());
        Bias = new Parameter<T>($"{name}.bias", new T[outputs]);
    }

    /// <summary>The name given at construction.</summary>
    public string Name { get; }

    /// <summary>Number of inputs per example.</summary>
    public int Inputs { get; }

    /// <summary>Number of outputs per example.</summary>
    public int Outputs { get; }

    /// <summary>The activation after the affine map, or <see langword="null"/> for none.</summary>
    public Activation? Activation { get; }

    /// <summary>W, <see cref="Outputs"/> × <see cref="Inputs"/>, row-major: W[o, i] is <c>Value[o * Inputs + i]</c>.</summary>
    public Parameter<T> Weight { get; }

    /// <summary>b, one entry per output.</summary>
    public Parameter<T> Bias { get; }

    /// <summary>
    /// h = f(x Wᵀ + b) for a batch <paramref name="input"/> (batch × <see cref="Inputs"/>).
    /// Keeps <paramref name="input"/>, z and h for <see cref="Backward"/>; the returned matrix is
    /// the layer's own buffer, overwritten by the next call.
    /// </summary>
    internal Matrix<T> Forward(Matrix<T> input)
    {
        var batch = input.RowCount;
        EnsureBatchSize(batch);
        _input = input;
        var x = DenseStorage.Values(input, nameof(input));
        var z = DenseStorage.Values(_z, "z");

        // z = x Wᵀ + b      (batch × outputs): row b is example b, the same bias added to every row
        MatrixProducts.AffineForward<T>(x, Weight.Value, Bias.Value, z, batch, Inputs, Outputs);

        if (Activation is null)
        {
            return _z;
        }

        // h = f(z), element by element
        var h = DenseStorage.Values(_h, "h");
        if (Activation == Training.Activation.ReLU)
        {
            Relu.Forward<T>(z, h);
        }
        else
        {
            for (var k = 0; k < z.Length; k++)
            {
                h[k] = T.Tanh(z[k]);
            }
        }

        return _h;
    }

    /// <summary>
    /// Given ∂L/∂h for the batch of the last <see cref="Forward"/>, writes ∂L/∂W and ∂L/∂b into the
    /// parameters' gradients (overwriting them) and returns ∂L/∂x, or <see langword="null"/> when
    /// <paramref name="needInputGradient"/> is false (the first layer has no one to pass it to).
    /// </summary>
    internal Matrix<T>? Backward(Matrix<T> outputGradient, bool needInputGradient)
    {
        var input = _input ?? throw new InvalidOperationException($"{Name}: Backward needs a Forward first.");
        var batch = input.RowCount;

        // dz = dh ⊙ f′(z): ReLU passes the gradient where z > 0, tanh scales it by 1 − h²
        var dh = DenseStorage.Values(outputGradient, nameof(outputGradient));
        var dz = dh;
        if (Activation is not null)
        {
            var z = DenseStorage.Values(_z, "z");
            var h = DenseStorage.Values(_h, "h");
            dz = DenseStorage.Values(_dz, "dz");
            if (Activation == Training.Activation.ReLU)
            {
                Relu.Backward<T>(z, dh, dz);
            }
            else
            {
                for (var k = 0; k < dz.Length; k++)
                {
                    dz[k] = dh[k] * (T.One - (h[k] * h[k]));
                }
            }
        }

        // ∂L/∂W = dzᵀ x  (outputs × inputs)   and   ∂L/∂b = Σ over the batch of dz
        var x = DenseStorage.Values(input, "input");
        MatrixProducts.ParameterGradients<T>(x, dz, Weight.Gradient, Bias.Gradient, batch, Inputs, Outputs);

        if (!needInputGradient)
        {
            return null;
        }

        // ∂L/∂x = dz W      (batch × inputs)
        MatrixProducts.InputGradient<T>(dz, Weight.Value, DenseStorage.Values(_dInput, "dInput"), batch, Inputs, Outputs);
        return _dInput;
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"{Name}: {Inputs} → {Outputs}{(Activation is { } f ? $", {f}" : string.Empty)}";

    private void EnsureBatchSize(int batch)
    {
        if (_z.RowCount == batch && _z.ColumnCount == Outputs)
        {
            return;
        }

        if (!_buffers.TryGetValue(batch, out var buffers))
        {
            buffers = (
                Matrix<T>.Build.Dense(batch, Outputs),
                Matrix<T>.Build.Dense(batch, Outputs),
                Matrix<T>.Build.Dense(batch, Outputs),
                Matrix<T>.Build.Dense(batch, Inputs));
            _buffers.Add(batch, buffers);
        }

        (_z, _h, _dz, _dInput) = buffers;
    }
}
