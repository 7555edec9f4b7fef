namespace Course.Surfaces;

/// <summary>A known minimum of a surface: its location and the value there.</summary>
/// <param name="X">The x coordinate.</param>
/// <param name="Y">The y coordinate.</param>
/// <param name="Value">f(X, Y).</param>
public sealed record SurfaceMinimum(double X, double Y, double Value);
