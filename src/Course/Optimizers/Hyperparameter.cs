namespace Course.Optimizers;

/// <summary>
/// Argument checks shared by every optimizer: each failure is an <see cref="ArgumentException"/>
/// that names the argument, its value and the valid range.
/// </summary>
public static class Hyperparameter
{
    /// <summary>Requires <paramref name="value"/> ≥ 0 and not NaN; returns it.</summary>
    public static double RequireNonNegative(double value, string name)
    {
        if (double.IsNaN(value) || value < 0 || double.IsInfinity(value))
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be a finite number ≥ 0, but was {value}.");
        }

        return value;
    }

    /// <summary>Requires <paramref name="value"/> &gt; 0 and finite; returns it.</summary>
    public static double RequirePositive(double value, string name)
    {
        if (double.IsNaN(value) || value <= 0 || double.IsInfinity(value))
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be a finite number > 0, but was {value}.");
        }

        return value;
    }

    /// <summary>Requires 0 ≤ <paramref name="value"/> &lt; 1 (a decay rate such as beta1); returns it.</summary>
    public static double RequireUnitInterval(double value, string name)
    {
        if (double.IsNaN(value) || value < 0 || value >= 1)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be in [0, 1), but was {value}.");
        }

        return value;
    }

    /// <summary>Requires 0 ≤ <paramref name="value"/> ≤ 1; returns it.</summary>
    public static double RequireClosedUnitInterval(double value, string name)
    {
        if (double.IsNaN(value) || value < 0 || value > 1)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be in [0, 1], but was {value}.");
        }

        return value;
    }
}
