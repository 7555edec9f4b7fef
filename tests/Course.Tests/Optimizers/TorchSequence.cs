using System.Numerics;
using System.Text.Json;
using Course.Optimizers;

namespace Course.Tests.Optimizers;

/// <summary>Replays a fixture's gradient sequence through the library optimizer the case names.</summary>
internal static class TorchSequence
{
    /// <summary>
    /// Builds the case's parameters and groups at precision <typeparamref name="T"/>, feeds the recorded gradients
    /// step by step (scaling every group's learning rate by the case's factor after each step, as torch did), and
    /// calls <paramref name="afterStep"/> with the step index, each parameter's name and its values.
    /// </summary>
    public static void Replay<T>(TorchCase golden, int steps, Action<int, string, T[]> afterStep)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var initial = golden.Sequence.GetProperty("initial");
        var gradients = golden.Sequence.GetProperty("gradients");
        var parameters = new Dictionary<string, Parameter<T>>();
        var groups = new List<ParameterGroup<T>>();
        foreach (var group in golden.Case.GetProperty("groups").EnumerateArray())
        {
            var members = new List<Parameter<T>>();
            foreach (var name in group.GetProperty("params").EnumerateArray().Select(n => n.GetString()!))
            {
                parameters[name] = new Parameter<T>(name, Values<T>(initial.GetProperty(name)));
                members.Add(parameters[name]);
            }

            groups.Add(new ParameterGroup<T>(
                members,
                group.TryGetProperty("lr", out var lr) ? lr.GetDouble() : null,
                group.TryGetProperty("weight_decay", out var wd) ? wd.GetDouble() : null));
        }

        var optimizer = TorchOptions.Create(golden.Optimizer, golden.Options, groups);
        double? lrFactor = golden.Case.TryGetProperty("lr_factor_per_step", out var factor) ? factor.GetDouble() : null;
        for (var t = 0; t < steps; t++)
        {
            foreach (var (name, parameter) in parameters)
            {
                Values<T>(gradients.GetProperty(name)[t]).CopyTo(parameter.Gradient, 0);
            }

            optimizer.Step();
            foreach (var (name, parameter) in parameters)
            {
                afterStep(t, name, parameter.Value);
            }

            foreach (var group in optimizer.ParameterGroups)
            {
                group.LearningRate *= lrFactor ?? 1;
            }
        }
    }

    /// <summary>A JSON array of numbers read at precision <typeparamref name="T"/> (float32 values parse exactly).</summary>
    public static T[] Values<T>(JsonElement array) where T : unmanaged, IFloatingPointIeee754<T> =>
        array.EnumerateArray()
            .Select(v => typeof(T) == typeof(float) ? T.CreateChecked(v.GetSingle()) : T.CreateChecked(v.GetDouble()))
            .ToArray();
}
