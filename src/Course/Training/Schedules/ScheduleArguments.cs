namespace Course.Training.Schedules;

/// <summary>Argument checks shared by the schedules.</summary>
internal static class ScheduleArguments
{
    public static double Positive(double value, string name) =>
        double.IsFinite(value) && value > 0
            ? value
            : throw new ArgumentOutOfRangeException(name, value, $"{name} must be a finite number > 0, but was {value}.");

    public static double FactorInUnitInterval(double value, string name) =>
        value is >= 0 and <= 1
            ? value
            : throw new ArgumentOutOfRangeException(name, value, $"{name} must be in [0, 1], but was {value}.");

    public static int Step(int step) => step >= 0
        ? step
        : throw new ArgumentOutOfRangeException(nameof(step), step, $"step must be ≥ 0, but was {step}.");
}
