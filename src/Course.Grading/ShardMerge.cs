namespace Course.Grading;

/// <summary>
/// <c>course grade merge</c>: checks that the given shard outputs are every shard of one run exactly once, and
/// returns their grades together, so <see cref="GradeWriter"/> writes the same outputs a single run would.
/// </summary>
public static class ShardMerge
{
    /// <summary>The grades of every shard in <paramref name="folders"/>.</summary>
    /// <param name="folders">The shards' output folders.</param>
    /// <exception cref="InvalidDataException">A shard is missing, repeated or from another run, or a folder is not a shard's output.</exception>
    public static IReadOnlyList<SubmissionGrade> Read(IReadOnlyList<string> folders)
    {
        ArgumentNullException.ThrowIfNull(folders);
        var shards = folders.Select(f => (Folder: f, Record: Shard.Read(f))).ToArray();
        var count = shards.Select(s => s.Record.Shard.Count).Distinct().ToArray();
        if (count.Length != 1)
        {
            throw new InvalidDataException($"the folders come from runs with different shard counts ({string.Join(", ", shards.Select(s => s.Record.Shard))})");
        }

        var missing = Enumerable.Range(1, count[0]).Where(k => shards.All(s => s.Record.Shard.Index != k)).ToArray();
        var repeated = shards.GroupBy(s => s.Record.Shard.Index).Where(g => g.Count() > 1).Select(g => g.Key).ToArray();
        if (missing.Length > 0 || repeated.Length > 0)
        {
            throw new InvalidDataException(missing.Length > 0
                ? $"shard {string.Join(", ", missing.Select(k => $"{k}/{count[0]}"))} is missing"
                : $"shard {string.Join(", ", repeated.Select(k => $"{k}/{count[0]}"))} is given twice");
        }

        var grades = new List<SubmissionGrade>();
        foreach (var (folder, record) in shards)
        {
            var graded = GradesFile.Read(Path.Combine(folder, GradesFile.FileName));
            if (!graded.Select(g => g.Path).Order(StringComparer.Ordinal).SequenceEqual(record.Paths.Order(StringComparer.Ordinal), StringComparer.Ordinal))
            {
                throw new InvalidDataException($"{folder}: its {GradesFile.FileName} does not hold the submissions its {Shard.FileName} lists");
            }

            grades.AddRange(graded);
        }

        var twice = grades.GroupBy(g => g.Path, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
        {
            throw new InvalidDataException($"{twice.Key} was graded by more than one shard; were the shards run on different submissions?");
        }

        return GradesFile.Ordered(grades);
    }
}
