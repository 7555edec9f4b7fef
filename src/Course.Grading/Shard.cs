using System.Globalization;
using System.Text.Json;
using Course.Grading.Worker;

namespace Course.Grading;

/// <summary>
/// One slice of a class for a batch system (a Kubernetes Indexed Job, a CI matrix, a Slurm array): shard
/// <paramref name="Index"/> of <paramref name="Count"/> grades the submissions at positions
/// <c>Index − 1, Index − 1 + Count, …</c> of the run's fixed submission order, so the shards together grade every
/// submission exactly once, whichever machine runs which.
/// </summary>
/// <param name="Index">The shard, from 1 to <paramref name="Count"/>.</param>
/// <param name="Count">How many shards.</param>
public sealed record Shard(int Index, int Count)
{
    /// <summary>The file a shard's output folder records its place in, for <c>course grade merge</c>.</summary>
    public const string FileName = "shard.json";

    /// <summary>Reads <c>K/N</c>.</summary>
    /// <param name="text">The option's value, such as <c>2/3</c>.</param>
    /// <exception cref="ArgumentException">The text is not <c>K/N</c> with 1 ≤ K ≤ N.</exception>
    public static Shard Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split('/');
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            && count >= 1 && index >= 1 && index <= count)
        {
            return new Shard(index, count);
        }

        throw new ArgumentException($"--shard must be K/N with 1 ≤ K ≤ N, such as 2/3 (got \"{text}\")");
    }

    /// <summary>This shard's part of <paramref name="items"/>.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="items">Every submission, in the run's order.</param>
    public IReadOnlyList<T> Select<T>(IReadOnlyList<T> items) => [.. items.Where((_, i) => i % Count == Index - 1)];

    /// <summary>Records this shard and the submissions it graded in <paramref name="folder"/>.</summary>
    /// <param name="folder">The shard's output folder.</param>
    /// <param name="paths">The submission files this shard graded.</param>
    public void Write(string folder, IEnumerable<string> paths) =>
        File.WriteAllText(Path.Combine(folder, FileName), JsonSerializer.Serialize(new ShardRecord(Index, Count, [.. paths]), GradingJson.Indented));

    /// <summary>The shard recorded in <paramref name="folder"/>.</summary>
    /// <param name="folder">A shard's output folder.</param>
    /// <exception cref="InvalidDataException">The folder holds no shard record.</exception>
    public static (Shard Shard, IReadOnlyList<string> Paths) Read(string folder)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path))
        {
            throw new InvalidDataException($"{folder} is not the output of a sharded run (no {FileName}; grade it with --shard K/N)");
        }

        try
        {
            var record = JsonSerializer.Deserialize<ShardRecord>(File.ReadAllText(path), GradingJson.Options);
            if (record is null || record.Count < 1 || record.Index < 1 || record.Index > record.Count || record.Submissions is null)
            {
                throw new InvalidDataException($"{path} does not describe a shard");
            }

            return (new Shard(record.Index, record.Count), record.Submissions);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path} does not describe a shard ({e.Message})", e);
        }
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Index}/{Count}");

    private sealed record ShardRecord(int Index, int Count, IReadOnlyList<string> Submissions);
}
