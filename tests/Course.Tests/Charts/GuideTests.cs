using Course.Charts;

namespace Course.Tests.Charts;

public sealed class GuideTests
{
    [Fact]
    public void A_vertical_guide_stands_at_x_and_spans_the_finite_positive_values()
    {
        var line = Guide.Vertical("2 / λmax", 0.1, [3.0, double.NaN, 0.5, -2.0, double.PositiveInfinity, 40.0]);
        Assert.Equal("2 / λmax", line.Name);
        Assert.Equal([0.1, 0.1], line.X!);
        Assert.Equal([0.5, 40.0], line.Y);
    }

    [Fact]
    public void Bad_arguments_name_the_argument()
    {
        Assert.Equal("x", Assert.Throws<ArgumentOutOfRangeException>(() => Guide.Vertical("limit", double.NaN, [1.0])).ParamName);
        Assert.Equal("span", Assert.Throws<ArgumentException>(() => Guide.Vertical("limit", 1, [double.NaN, -1.0])).ParamName);
        Assert.Equal("name", Assert.Throws<ArgumentException>(() => Guide.Vertical(" ", 1, [1.0])).ParamName);
    }
}
