namespace Course.Training;

/// <summary>How a layer's weights are drawn before training; biases always start at 0.</summary>
public enum Initialization
{
    /// <summary>
    /// He (Kaiming) normal: w ~ N(0, 2 / fan_in), suited to ReLU
    /// (He, Zhang, Ren &amp; Sun, 2015, "Delving Deep into Rectifiers"; PyTorch's
    /// <c>kaiming_normal_(w, nonlinearity="relu")</c>).
    /// </summary>
    He,

    /// <summary>
    /// Xavier (Glorot) uniform: w ~ U(−a, a) with a = √(6 / (fan_in + fan_out)), suited to tanh
    /// (Glorot &amp; Bengio, 2010, "Understanding the difficulty of training deep feedforward neural networks";
    /// PyTorch's <c>xavier_uniform_</c>).
    /// </summary>
    Xavier,

    /// <summary>
    /// Every weight 0. Right for a model without hidden layers (logistic regression, whose loss is convex);
    /// wrong for hidden layers, whose units would stay identical.
    /// </summary>
    Zero,
}
