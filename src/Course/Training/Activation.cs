namespace Course.Training;

/// <summary>The nonlinearity f applied element-wise after a hidden layer, h = f(z).</summary>
public enum Activation
{
    /// <summary>f(z) = max(0, z); f′(z) = 1 when z &gt; 0, else 0 (Nair &amp; Hinton, 2010).</summary>
    ReLU,

    /// <summary>f(z) = tanh z; f′(z) = 1 − tanh² z.</summary>
    Tanh,
}
