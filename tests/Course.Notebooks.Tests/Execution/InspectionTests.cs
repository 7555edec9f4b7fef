using Course.Notebooks.Execution;

namespace Course.Notebooks.Tests.Execution;

public sealed class InspectionTests : IDisposable
{
    private readonly ScriptSession session = new(new ScriptSessionOptions
    {
        PreloadedAssemblies = [typeof(Course.Surfaces.Trajectory).Assembly],
    });

    public void Dispose() => session.Dispose();

    [Fact]
    public void A_framework_method_shows_its_signature_and_the_reference_pack_summary()
    {
        var help = session.Inspect("Math.Sqrt", "Math.Sq".Length);

        Assert.NotNull(help);
        Assert.Equal("double Math.Sqrt(double d)", help.Signature);
        Assert.Equal("method", help.Kind);
        Assert.Equal("Returns the square root of a specified number.", help.Summary);
    }

    [Fact]
    public void Inside_an_argument_list_the_called_method_is_shown()
    {
        const string code = "Console.WriteLine(1 + ";

        var help = session.Inspect(code, code.Length);

        Assert.NotNull(help);
        Assert.StartsWith("void Console.WriteLine(", help.Signature);
    }

    [Fact]
    public void A_library_type_shows_the_summary_of_its_own_XML_documentation()
    {
        var help = session.Inspect("Course.Surfaces.Trajectory.Run", "Course.Surfaces.Trajectory".Length);

        Assert.NotNull(help);
        Assert.Equal("class Trajectory", help.Signature);
        Assert.Equal("Runs an optimizer on a 2-D surface and records where it goes.", help.Summary);
    }

    [Fact]
    public async Task A_variable_from_an_earlier_cell_shows_its_type()
    {
        Assert.True((await session.ExecuteAsync("var rates = new List<double> { 0.1 };", new RecordingSink(), TestContext.Current.CancellationToken)).Succeeded);

        var help = session.Inspect("rates", 2);

        Assert.NotNull(help);
        Assert.Equal("List<double> rates", help.Signature);
        Assert.Equal("variable", help.Kind);
    }

    [Fact]
    public void Where_there_is_no_symbol_there_is_no_help()
    {
        Assert.Null(session.Inspect("1 + 2", 3));
        Assert.Null(session.Inspect("", 0));
    }
}
