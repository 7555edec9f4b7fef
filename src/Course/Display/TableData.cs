using System.Collections;

namespace Course.Display;

/// <summary>
/// A sequence laid out as a table: one row per element, one column per member (a record's or anonymous
/// object's properties, a tuple's items, a nested sequence's positions), or a single <c>value</c> column.
/// At most <see cref="DisplaySettings.MaxRows"/> rows are read.
/// </summary>
/// <param name="Columns">Column names, in the order members were first seen.</param>
/// <param name="Rows">The cells, one array per row, each as long as <paramref name="Columns"/>.</param>
/// <param name="MoreRows">Whether the sequence has rows beyond those read.</param>
internal sealed record TableData(IReadOnlyList<string> Columns, IReadOnlyList<object?[]> Rows, bool MoreRows)
{
    /// <summary>The column that holds an element with no members of its own.</summary>
    public const string ValueColumn = "value";

    /// <summary>Whether every read element is a scalar, so the sequence reads better as a list than as a table.</summary>
    public bool IsList { get; private init; }

    /// <summary>Lays out <paramref name="sequence"/>.</summary>
    public static TableData From(IEnumerable sequence)
    {
        var elements = new List<object?>();
        var more = false;
        foreach (var element in sequence)
        {
            if (elements.Count == DisplaySettings.MaxRows)
            {
                more = true;
                break;
            }

            elements.Add(element);
        }

        var columns = new List<string>();
        var named = new List<Dictionary<string, object?>>();
        foreach (var element in elements)
        {
            var cells = new Dictionary<string, object?>(StringComparer.Ordinal);
            foreach (var (name, value) in Members(element))
            {
                if (!cells.ContainsKey(name))
                {
                    cells[name] = value;
                    if (!columns.Contains(name))
                    {
                        columns.Add(name);
                    }
                }
            }

            named.Add(cells);
        }

        var rows = named.Select(cells => columns.Select(c => cells.GetValueOrDefault(c)).ToArray()).ToList();
        return new TableData(columns, rows, more) { IsList = elements.All(ValueShape.IsScalar) };
    }

    private static IEnumerable<(string Name, object? Value)> Members(object? element)
    {
        if (ValueShape.IsScalar(element))
        {
            return [(ValueColumn, element)];
        }

        if (element is IEnumerable inner and not System.Runtime.CompilerServices.ITuple)
        {
            return inner.Cast<object?>().Take(DisplaySettings.MaxRows).Select((v, i) => (i.ToString(System.Globalization.CultureInfo.InvariantCulture), v));
        }

        var members = ValueShape.NamedValues(element!).ToList();
        return members.Count > 0 ? members : [(ValueColumn, element)];
    }
}
