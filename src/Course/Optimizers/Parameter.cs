using System.Numerics;

namespace Course.Optimizers;

/// <summary>
/// A named buffer of trainable values and the gradient of the loss with respect to them,
/// the unit an optimizer updates (PyTorch's <c>torch.nn.Parameter</c> with its <c>.grad</c>).
/// </summary>
/// <typeparam name="T"><see cref="float"/> or <see cref="double"/>.</typeparam>
public sealed class Parameter<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <summary>Creates a parameter that owns <paramref name="value"/> and a zeroed gradient of the same length.</summary>
    /// <param name="name">A name for charts and error messages, such as <c>"layer1.weight"</c>.</param>
    /// <param name="value">The initial values; the parameter keeps this array and updates it in place.</param>
    public Parameter(string name, T[] value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(value);
        Name = name;
        Value = value;
        Gradient = new T[value.Length];
    }

    /// <summary>Creates a parameter over caller-owned <paramref name="value"/> and <paramref name="gradient"/> arrays.</summary>
    /// <param name="name">A name for charts and error messages, such as <c>"layer1.weight"</c>.</param>
    /// <param name="value">The initial values; the parameter keeps this array and updates it in place.</param>
    /// <param name="gradient">The gradient buffer; the parameter keeps this array; it must have as many entries as <paramref name="value"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="gradient"/> and <paramref name="value"/> differ in length.</exception>
    public Parameter(string name, T[] value, T[] gradient)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(gradient);
        if (gradient.Length != value.Length)
        {
            throw new ArgumentException(
                $"Parameter '{name}' has {value.Length} values, so its gradient must have exactly {value.Length} entries, but it had {gradient.Length}.",
                nameof(gradient));
        }

        Name = name;
        Value = value;
        Gradient = gradient;
    }

    /// <summary>The name given at construction.</summary>
    public string Name { get; }

    /// <summary>The trainable values, updated in place by <see cref="IOptimizer.Step"/>.</summary>
    public T[] Value { get; }

    /// <summary>The gradient of the loss with respect to <see cref="Value"/>; written by the caller before each step.</summary>
    public T[] Gradient { get; }

    /// <summary>Number of scalar values.</summary>
    public int Length => Value.Length;

    /// <summary>Sets every gradient entry to zero (PyTorch's <c>zero_grad</c>).</summary>
    public void ZeroGradient() => Array.Clear(Gradient);

    /// <inheritdoc />
    public override string ToString() => $"{Name} [{Length}]";
}
