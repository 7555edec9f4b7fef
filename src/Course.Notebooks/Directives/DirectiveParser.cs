using System.Text.RegularExpressions;

namespace Course.Notebooks.Directives;

/// <summary>Finds <c>#r</c>, <c>#i</c> and <c>#!</c> lines in a cell.</summary>
public static partial class DirectiveParser
{
    /// <summary>Splits a cell into its directives and the code left for the compiler.</summary>
    /// <param name="cell">The cell's source.</param>
    /// <returns>The directives and the code with their lines blanked.</returns>
    /// <exception cref="FormatException">A <c>#r "nuget: …"</c> or <c>#i</c> line is malformed.</exception>
    public static ParsedCell Parse(string cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        var lines = cell.Split('\n');
        var directives = new List<Directive>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            var directive = ParseLine(line, i + 1);
            if (directive is not null)
            {
                directives.Add(directive);
                lines[i] = lines[i].EndsWith('\r') ? "\r" : string.Empty;
            }
        }

        return new ParsedCell(string.Join('\n', lines), directives);
    }

    private static Directive? ParseLine(string line, int number)
    {
        if (Magic().Match(line) is { Success: true } magic)
        {
            return new MagicDirective(number, magic.Groups["name"].Value, line.Trim());
        }

        if (Reference().Match(line) is { Success: true } reference)
        {
            var target = reference.Groups["target"].Value.Trim();
            if (!target.StartsWith("nuget:", StringComparison.OrdinalIgnoreCase))
            {
                return new AssemblyReferenceDirective(number, target);
            }

            var parts = target["nuget:".Length..].Split(',', StringSplitOptions.TrimEntries);
            if (parts.Length is < 1 or > 2 || parts[0].Length == 0 || (parts.Length == 2 && parts[1].Length == 0))
            {
                throw new FormatException($"Line {number}: expected #r \"nuget: Name\" or #r \"nuget: Name, Version\", got {line.Trim()}");
            }

            return new PackageReferenceDirective(number, parts[0], parts.Length == 2 ? parts[1] : null);
        }

        if (Include().Match(line) is { Success: true } include)
        {
            var target = include.Groups["target"].Value.Trim();
            if (!target.StartsWith("nuget:", StringComparison.OrdinalIgnoreCase) || target.Length == "nuget:".Length)
            {
                throw new FormatException($"Line {number}: expected #i \"nuget: <source>\", got {line.Trim()}");
            }

            return new PackageSourceDirective(number, target["nuget:".Length..].Trim());
        }

        return null;
    }

    [GeneratedRegex(@"^\s*#!(?<name>\S+)")]
    private static partial Regex Magic();

    [GeneratedRegex(@"^\s*#r\s+""(?<target>[^""]*)""\s*$")]
    private static partial Regex Reference();

    [GeneratedRegex(@"^\s*#i\s+""(?<target>[^""]*)""\s*$")]
    private static partial Regex Include();
}
