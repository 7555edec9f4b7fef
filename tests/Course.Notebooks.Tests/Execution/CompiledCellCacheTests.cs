using Course.Notebooks.Execution;

namespace Course.Notebooks.Tests.Execution;

/// <summary>
/// The compiled-cell cache seen from outside: sessions with a cache folder run cells, a later session with the same
/// cells loads them instead of compiling (the cache's own hit and miss counts, and the files in the folder), and what
/// the cells show is what a session without a cache shows.
/// </summary>
public sealed class CompiledCellCacheTests : IDisposable
{
    private static readonly string[] Cells =
    [
        "var x = 21;",
        "using System.Globalization;",
        "static int Twice(int v) { var s = 0; for (var i = 0; i < 2; i++) { s += v; } return s; }\nTwice(x)",
        "Console.WriteLine(string.Join(\",\", Enumerable.Range(0, 4).Where(i => i % 2 == 0).Select(i => i * x)));",
        "x.ToString(CultureInfo.InvariantCulture) + \"!\"",
    ];

    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("course-cell-cache-");

    public void Dispose() => folder.Delete(recursive: true);

    [Fact]
    public async Task A_second_session_loads_every_cell_and_shows_what_an_uncached_session_shows()
    {
        var first = new CompiledCellCache(folder.FullName);
        var second = new CompiledCellCache(folder.FullName);

        var uncached = await RunAll(Cells, cache: null);
        var cold = await RunAll(Cells, first);
        var warm = await RunAll(Cells, second);

        Assert.Equal((0, Cells.Length), (first.Hits, first.Misses));
        Assert.Equal((Cells.Length, 0), (second.Hits, second.Misses));
        Assert.Equal(Cells.Length, folder.GetFiles("*.cell").Length);
        Assert.Equal(["", "", "42", "0,42\n", "21!"], uncached);
        Assert.Equal(uncached, cold);
        Assert.Equal(uncached, warm);
    }

    [Fact]
    public async Task A_cached_cell_runs_again_rather_than_replaying_its_outputs()
    {
        string[] cells = ["var stamp = Guid.NewGuid();", "stamp"];
        var cache = new CompiledCellCache(folder.FullName);

        var once = await RunAll(cells, cache);
        var twice = await RunAll(cells, cache);

        Assert.Equal(2, cache.Hits);
        Assert.NotEqual(once[1], twice[1]);
        Assert.True(Guid.TryParse(twice[1], out _), twice[1]);
    }

    [Fact]
    public async Task Changing_a_cell_misses_it_and_every_cell_after_it_but_not_the_cells_before()
    {
        await RunAll(Cells, new CompiledCellCache(folder.FullName));
        var changedLast = new CompiledCellCache(folder.FullName);
        var changedFirst = new CompiledCellCache(folder.FullName);

        var last = await RunAll([.. Cells[..^1], "x * 3"], changedLast);
        var first = await RunAll(["var x = 5;", .. Cells[1..]], changedFirst);

        Assert.Equal((Cells.Length - 1, 1), (changedLast.Hits, changedLast.Misses));
        Assert.Equal("63", last[^1]);
        Assert.Equal((0, Cells.Length), (changedFirst.Hits, changedFirst.Misses));
        Assert.Equal(["", "", "10", "0,10\n", "5!"], first);
    }

    [Fact]
    public async Task An_earlier_cell_that_changes_the_type_of_a_variable_is_not_answered_by_the_old_compiled_cells()
    {
        await RunAll(["var v = 2;", "v + v"], new CompiledCellCache(folder.FullName));
        var cache = new CompiledCellCache(folder.FullName);

        var shown = await RunAll(["var v = \"ab\";", "v + v"], cache);

        Assert.Equal(0, cache.Hits);
        Assert.Equal("abab", shown[1]);
    }

    [Theory]
    [InlineData("flip")]
    [InlineData("truncate")]
    [InlineData("garbage")]
    [InlineData("empty")]
    public async Task A_damaged_entry_is_a_miss_and_the_cell_is_compiled_again(string damage)
    {
        var expected = await RunAll(Cells, new CompiledCellCache(folder.FullName));
        foreach (var file in folder.GetFiles("*.cell"))
        {
            var bytes = await File.ReadAllBytesAsync(file.FullName, TestContext.Current.CancellationToken);
            byte[] damaged = damage switch
            {
                "flip" => [.. bytes[..(bytes.Length / 2)], (byte)(bytes[bytes.Length / 2] ^ 0x40), .. bytes[(bytes.Length / 2 + 1)..]],
                "truncate" => bytes[..(bytes.Length / 3)],
                "garbage" => [.. Enumerable.Range(0, 4096).Select(i => (byte)(i * 37))],
                _ => [],
            };
            await File.WriteAllBytesAsync(file.FullName, damaged, TestContext.Current.CancellationToken);
        }

        var cache = new CompiledCellCache(folder.FullName);
        var shown = await RunAll(Cells, cache);
        var repaired = new CompiledCellCache(folder.FullName);
        await RunAll(Cells, repaired);

        Assert.Equal((0, Cells.Length), (cache.Hits, cache.Misses));
        Assert.Equal(expected, shown);
        Assert.Equal(Cells.Length, repaired.Hits);
    }

    [Fact]
    public async Task A_cell_that_fails_to_compile_is_not_stored_and_later_cells_continue_the_last_good_one()
    {
        var cache = new CompiledCellCache(folder.FullName);

        var shown = await RunAll(["var n = 4;", "n +", "n * n"], cache, stopAtFailure: false);

        Assert.StartsWith("(1,4): error CS1733", shown[1]);
        Assert.Equal("16", shown[2]);
        Assert.Equal(2, folder.GetFiles("*.cell").Length);
    }

    [Fact]
    public void Trimming_deletes_the_least_recently_used_entries_down_to_the_bound()
    {
        var cache = new CompiledCellCache(folder.FullName, maximumBytes: 2500);
        for (var i = 0; i < 4; i++)
        {
            var file = Path.Combine(folder.FullName, new string((char)('a' + i), 64) + ".cell");
            File.WriteAllBytes(file, new byte[1000]);
            File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddMinutes(i));
        }

        cache.Trim();

        Assert.Equal(["c", "d"], folder.GetFiles("*.cell").Select(f => f.Name[..1]).Order());
    }

    /// <summary>Runs the cells in a new session and returns what each showed: its result or printed text, or its first error line.</summary>
    private static async Task<string[]> RunAll(IReadOnlyList<string> cells, CompiledCellCache? cache, bool stopAtFailure = true)
    {
        using var session = new ScriptSession(new ScriptSessionOptions { CellTimeout = TimeSpan.FromSeconds(60), CompiledCells = cache });
        var shown = new List<string>();
        foreach (var cell in cells)
        {
            var sink = new RecordingSink();
            var result = await session.ExecuteAsync(cell, sink, TestContext.Current.CancellationToken);
            shown.Add(sink.Outputs.FirstOrDefault() switch
            {
                RecordingSink.Result r => r.Value["text/plain"]!,
                RecordingSink.StreamText s => s.Text,
                CellError e => e.Traceback[0],
                _ => string.Empty,
            });
            Assert.True(result.Succeeded || !stopAtFailure, string.Join("\n", sink.Errors.SelectMany(e => e.Traceback)));
        }

        return [.. shown];
    }
}
