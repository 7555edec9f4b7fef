using Course.Notebooks.Execution;

namespace Course.Notebooks.Tests.Execution;

public sealed class CompletionTests : IDisposable
{
    private readonly ScriptSession session = new(new ScriptSessionOptions { CellTimeout = TimeSpan.FromSeconds(60) });

    public void Dispose() => session.Dispose();

    [Fact]
    public async Task Members_of_a_variable_from_an_earlier_cell_complete_after_the_dot()
    {
        var run = await session.ExecuteAsync("var numbers = new List<int>();", new RecordingSink(), TestContext.Current.CancellationToken);
        Assert.True(run.Succeeded);
        const string code = "numbers.Ad";

        var completions = session.Complete(code, code.Length);

        Assert.Equal(["Add", "AddRange"], completions.Matches);
        Assert.Equal("numbers.".Length, completions.Start);
        Assert.Equal(code.Length, completions.End);
    }

    [Fact]
    public void A_type_offers_its_static_members_and_an_instance_its_extension_methods()
    {
        Assert.Contains("Sqrt", session.Complete("Math.", 5).Matches);
        Assert.DoesNotContain("ToString", session.Complete("Math.", 5).Matches);
        var code = "new[] { 1, 2 }.Whe";
        Assert.Equal(["Where"], session.Complete(code, code.Length).Matches);
    }

    [Fact]
    public void Without_a_dot_every_name_in_scope_with_the_prefix_is_offered()
    {
        var completions = session.Complete("Consol", 6);

        Assert.Contains("Console", completions.Matches);
        Assert.Equal(0, completions.Start);
    }

    [Fact]
    public void A_directive_line_above_the_cursor_does_not_shift_the_completion()
    {
        var code = "#r \"nuget: Some.Package, 1.0.0\"\nMath.Sq";

        var completions = session.Complete(code, code.Length);

        Assert.Equal(["Sqrt"], completions.Matches);
        Assert.Equal(code.Length - 2, completions.Start);
    }

    [Fact]
    public void A_position_outside_the_code_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => session.Complete("Math", 5));
    }

    [Fact]
    public void Each_candidate_says_what_kind_of_symbol_it_is()
    {
        var members = session.Complete("Math.", 5).Items;
        var names = session.Complete("Syst", 4).Items;

        Assert.Equal("method", members.Single(i => i.Text == "Sqrt").Kind);
        Assert.Equal("field", members.Single(i => i.Text == "PI").Kind);
        Assert.Equal("module", names.Single(i => i.Text == "System").Kind);
        Assert.Equal("class", session.Complete("Consol", 6).Items.Single(i => i.Text == "Console").Kind);
    }
}
