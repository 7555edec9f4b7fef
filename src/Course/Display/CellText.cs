using System.Collections;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace Course.Display;

/// <summary>
/// Any value as the short text of a table cell: numbers rounded to <see cref="DisplaySettings.SignificantDigits"/>,
/// sequences as <c>[a, b, …]</c>, tuples as <c>(a, b)</c>, records and anonymous objects as
/// <c>{ Name = value, … }</c>, nested at most two levels deep.
/// </summary>
internal static class CellText
{
    private const int ItemsShown = 8;
    private const int DepthShown = 2;

    public static string Of(object? value) => Of(value, DepthShown);

    private static string Of(object? value, int depth)
    {
        switch (value)
        {
            case null:
                return "null";
            case string text:
                return text;
            case bool truth:
                return truth ? "true" : "false";
            case Enum:
                return value.ToString() ?? string.Empty;
            case IFormattable when NumberText.IsNumber(value):
                return NumberText.Format(value, DisplaySettings.SignificantDigits);
            case IFormattable formattable when ValueShape.IsScalar(value):
                return formattable.ToString(null, CultureInfo.InvariantCulture);
        }

        if (depth == 0)
        {
            return "…";
        }

        if (value is ITuple tuple)
        {
            return "(" + string.Join(", ", Enumerable.Range(0, tuple.Length).Select(i => Of(tuple[i], depth - 1))) + ")";
        }

        if (value is IEnumerable sequence)
        {
            return Sequence(sequence, depth);
        }

        if (ValueShape.IsRecordLike(value.GetType()))
        {
            return "{ " + string.Join(", ", ValueShape.NamedValues(value).Select(m => $"{m.Name} = {Of(m.Value, depth - 1)}")) + " }";
        }

        return value.ToString() ?? string.Empty;
    }

    private static string Sequence(IEnumerable sequence, int depth)
    {
        var text = new StringBuilder("[");
        var count = 0;
        foreach (var item in sequence)
        {
            if (count == ItemsShown)
            {
                text.Append(", …");
                break;
            }

            text.Append(count == 0 ? string.Empty : ", ").Append(Of(item, depth - 1));
            count++;
        }

        return text.Append(']').ToString();
    }
}
