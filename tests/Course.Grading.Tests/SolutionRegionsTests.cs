using Course.Grading.Release;

namespace Course.Grading.Tests;

public sealed class SolutionRegionsTests
{
    [Fact]
    public void A_line_region_becomes_a_throw_with_the_hint_at_the_same_indentation()
    {
        var (source, regions) = SolutionRegions.Strip(FixtureLesson.Solution);
        Assert.Equal(1, regions);
        Assert.Contains("    throw new NotImplementedException(\"Subtract lr times the gradient.\");", source, StringComparison.Ordinal);
        Assert.DoesNotContain("lr * grad", source, StringComparison.Ordinal);
        Assert.DoesNotContain("SOLUTION", source, StringComparison.Ordinal);
        Assert.StartsWith("double[] MySgdStep", source, StringComparison.Ordinal);
        Assert.EndsWith("}", source, StringComparison.Ordinal);
    }

    [Fact]
    public void A_line_region_without_hint_gets_the_default_hint()
    {
        var (source, _) = SolutionRegions.Strip("void F()\n{\n  // BEGIN SOLUTION\n  Console.WriteLine(1);\n  // END SOLUTION\n}\n");
        Assert.Equal($"void F()\n{{\n  throw new NotImplementedException(\"{SolutionRegions.DefaultHint}\");\n}}\n", source);
    }

    [Fact]
    public void An_inline_region_becomes_an_empty_answer()
    {
        var (source, regions) = SolutionRegions.Strip("Quiz.Ask(\"03-momentum-decay\", /* BEGIN SOLUTION */ 0.35 /* END SOLUTION */)");
        Assert.Equal(1, regions);
        Assert.Equal("Quiz.Ask(\"03-momentum-decay\", \"\")", source);
    }

    [Theory]
    [InlineData("// BEGIN SOLUTION\nx();\n", "never closed")]
    [InlineData("x();\n// END SOLUTION\n", "without a BEGIN")]
    [InlineData("// BEGIN SOLUTION\n// BEGIN SOLUTION\n// END SOLUTION\n", "cannot nest")]
    [InlineData("x(); // BEGIN SOLUTION\n", "alone on its line")]
    public void Unbalanced_or_misplaced_markers_are_refused(string source, string message)
    {
        var error = Assert.Throws<FormatException>(() => SolutionRegions.Strip(source));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }
}
