namespace Course.Training;

/// <summary>A model's mean loss and accuracy on some examples.</summary>
/// <param name="Loss">Mean loss.</param>
/// <param name="Accuracy">Share of examples classified correctly, in [0, 1].</param>
public sealed record Evaluation(double Loss, double Accuracy)
{
    /// <inheritdoc />
    public override string ToString() => $"loss {Loss:0.0000}, accuracy {Accuracy * 100:0.0}%";
}
