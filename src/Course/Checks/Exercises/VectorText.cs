using System.Globalization;

namespace Course.Checks.Exercises;

/// <summary>Formats numbers and vectors compactly for feedback.</summary>
internal static class VectorText
{
    /// <summary>A vector as <c>[0.1, −2.5, …]</c>, or <c>null</c>.</summary>
    public static string Of(double[]? values) =>
        values is null ? "null" : "[" + string.Join(", ", values.Select(Of)) + "]";

    /// <summary>A number with up to 8 significant digits.</summary>
    public static string Of(double value) => value.ToString("G8", CultureInfo.InvariantCulture);
}
