using System.Text.Json.Nodes;
using Course.Notebooks.Execution;
using Course.Notebooks.Ipynb;

namespace Course.Notebooks.Tests.Ipynb;

public sealed class NotebookRoundTripTests
{
    // Written by Python's nbformat (Jupyter's own writer), with Polyglot Notebooks metadata, every output kind,
    // an attachment and non-ASCII text.
    private static readonly string Fixture = Path.Combine(AppContext.BaseDirectory, "Fixtures", "roundtrip.ipynb");

    [Fact]
    public void An_unchanged_notebook_is_written_back_byte_for_byte()
    {
        var original = File.ReadAllText(Fixture);

        Assert.Equal(original, Notebook.Parse(original).ToJson());
    }

    [Fact]
    public void Cells_sources_and_metadata_are_read_as_written()
    {
        var notebook = Notebook.Load(Fixture);

        Assert.Equal(["markdown", "code", "code", "raw"], notebook.Cells.Select(c => c.CellType));
        Assert.Equal(["intro", "code-1", "empty", "raw-1"], notebook.Cells.Select(c => c.Id));
        Assert.Equal("var x = 1;\nx + 1", notebook.Cells[1].Source);
        Assert.Equal("csharp", notebook.Cells[1].Language);
        Assert.Equal(3, notebook.Cells[1].ExecutionCount);
        Assert.Equal("csharp", notebook.Metadata["polyglot_notebook"]!["kernelInfo"]!["defaultKernelName"]!.GetValue<string>());
    }

    [Fact]
    public void Saving_never_overwrites_the_source_unless_asked()
    {
        var folder = Directory.CreateTempSubdirectory("course-ipynb-").FullName;
        var copy = Path.Combine(folder, "copy.ipynb");
        File.Copy(Fixture, copy);
        var notebook = Notebook.Load(copy);

        Assert.Throws<InvalidOperationException>(() => notebook.Save(copy));
        notebook.Save(Path.Combine(folder, "other.ipynb"));
        notebook.Save(copy, overwriteSource: true);
        Assert.Equal(File.ReadAllText(Fixture), File.ReadAllText(copy));
    }

    [Fact]
    public void Upgrading_gives_ids_only_to_cells_without_and_they_are_stable()
    {
        var json = JsonNode.Parse(File.ReadAllText(Fixture))!.AsObject();
        json["nbformat_minor"] = 4;
        json["cells"]![1]!.AsObject().Remove("id");
        var first = Notebook.Parse(json.ToJsonString());
        var second = Notebook.Parse(json.ToJsonString());

        first.UpgradeToCellIds();
        second.UpgradeToCellIds();

        Assert.Equal(5, first.FormatMinor);
        Assert.Equal("intro", first.Cells[0].Id);
        Assert.Matches("^[a-zA-Z0-9-_]{1,64}$", first.Cells[1].Id!);
        Assert.Equal(first.Cells[1].Id, second.Cells[1].Id);
    }

    [Fact]
    public void Json_mime_types_are_stored_as_json_values_and_text_as_lines()
    {
        var value = new FormattedValue(
        [
            new MimeContent("application/vnd.course.check+json", "{\"passed\":false,\"score\":0}"),
            new MimeContent("text/plain", "a\nb"),
        ]);

        var data = NotebookOutputs.Data(value);

        Assert.False(data["application/vnd.course.check+json"]!["passed"]!.GetValue<bool>());
        Assert.Equal(["a\n", "b"], data["text/plain"]!.AsArray().Select(l => l!.GetValue<string>()));
    }
}
