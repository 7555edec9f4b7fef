using System.Text.RegularExpressions;
using System.Xml.Linq;
using Course.Display;
using Microsoft.DotNet.Interactive.Formatting;

namespace Course.Tests.Display;

/// <summary>The course's table formatter, reached the way every host reaches it: through <c>Formatter.ToDisplayString</c>.</summary>
[Collection(nameof(DisplaySettingsCollection))]
public sealed partial class TableFormattingTests
{
    private sealed record Run(string Optimizer, double FinalLoss, int Steps);

    [Fact]
    public void A_sequence_of_records_is_an_html_table_with_a_header_column_per_member_and_rounded_numbers()
    {
        TableFormatting.Register();
        Run[] runs = [new("SGD", 0.8181818181818182, 100), new("Adam", -0.7999999999999998, 250)];

        var html = Formatter.ToDisplayString(runs, HtmlFormatter.MimeType);

        var table = XElement.Parse(html);
        Assert.Equal("table", table.Name.LocalName);
        Assert.Equal(["Optimizer", "FinalLoss", "Steps"], table.Descendants("th").Select(th => th.Value));
        var rows = table.Element("tbody")!.Elements("tr").Select(tr => tr.Elements("td").Select(td => td.Value).ToArray()).ToArray();
        Assert.Equal(["SGD", "0.8182", "100"], rows[0]);
        Assert.Equal(["Adam", "-0.8", "250"], rows[1]);
    }

    [Fact]
    public void Anonymous_objects_and_tuples_get_columns_too_and_nested_values_stay_readable()
    {
        TableFormatting.Register();
        var anonymous = new[] { new { rate = 0.1, path = new[] { 1.0 / 3, 2.0 / 3 } } };
        (string, double)[] tuples = [("a", Math.PI)];

        var fromAnonymous = XElement.Parse(Formatter.ToDisplayString(anonymous, HtmlFormatter.MimeType));
        var fromTuples = XElement.Parse(Formatter.ToDisplayString(tuples, HtmlFormatter.MimeType));

        Assert.Equal(["rate", "path"], fromAnonymous.Descendants("th").Select(th => th.Value));
        Assert.Equal(["0.1", "[0.3333, 0.6667]"], fromAnonymous.Descendants("td").Select(td => td.Value));
        Assert.Equal(["Item1", "Item2"], fromTuples.Descendants("th").Select(th => th.Value));
        Assert.Equal(["a", "3.142"], fromTuples.Descendants("td").Select(td => td.Value));
    }

    [Fact]
    public void The_plain_text_table_lines_up_its_columns_under_the_header()
    {
        TableFormatting.Register();
        Run[] runs = [new("SGD", 12.345678, 7), new("Momentum", 0.000012345, 1234)];

        var lines = Formatter.ToDisplayString(runs, PlainTextFormatter.MimeType).Split('\n');

        Assert.Equal(4, lines.Length);
        Assert.Matches(@"^Optimizer\s+FinalLoss\s+Steps$", lines[0]);
        Assert.Matches(@"^-+\s+-+\s+-+$", lines[1]);
        Assert.Matches(@"^SGD\s+12\.35\s+7$", lines[2]);
        Assert.Matches(@"^Momentum\s+1\.235e-05\s+1234$", lines[3]);
        var columnEnds = lines.Skip(2).Select(l => l.Length).Distinct();
        Assert.Single(columnEnds);
    }

    [Theory]
    [InlineData(0.8181818181818182, 4, "0.8182")]
    [InlineData(-0.7999999999999998, 4, "-0.8")]
    [InlineData(123456.7, 4, "123457")]
    [InlineData(0.000123456, 3, "0.000123")]
    [InlineData(1.23456e-7, 4, "1.235e-07")]
    [InlineData(2.5e9, 4, "2.5e+09")]
    [InlineData(double.NaN, 4, "NaN")]
    [InlineData(0.0, 4, "0")]
    public void Numbers_keep_the_session_s_significant_digits(double value, int digits, string expected)
    {
        TableFormatting.Register();
        DisplaySettings.SignificantDigits = digits;
        try
        {
            Assert.Equal($"({expected}, 1)", Formatter.ToDisplayString((value, 1), PlainTextFormatter.MimeType));
        }
        finally
        {
            DisplaySettings.Reset();
        }
    }

    [Fact]
    public void A_sequence_of_numbers_is_one_rounded_list_and_long_tables_say_rows_were_left_out()
    {
        TableFormatting.Register();
        DisplaySettings.MaxRows = 3;
        try
        {
            var list = Formatter.ToDisplayString(new List<double> { 1.0 / 3, 2.0 / 3 }, PlainTextFormatter.MimeType);
            var table = Formatter.ToDisplayString(Enumerable.Range(0, 10).Select(i => new { i }), HtmlFormatter.MimeType);

            Assert.Equal("[0.3333, 0.6667]", list);
            Assert.Equal(3, RowTag().Matches(table).Count);
            Assert.Contains("more rows", table);
        }
        finally
        {
            DisplaySettings.Reset();
        }
    }

    [Fact]
    public void A_single_anonymous_object_is_a_one_row_table_and_other_values_keep_the_built_in_formatting()
    {
        TableFormatting.Register();

        var row = XElement.Parse(Formatter.ToDisplayString(new { lambdaMax = 13.281607682257912, steps = 3 }, HtmlFormatter.MimeType));
        var number = Formatter.ToDisplayString(0.1 + 0.2, PlainTextFormatter.MimeType);
        var text = Formatter.ToDisplayString("<b>", HtmlFormatter.MimeType);

        Assert.Equal(["lambdaMax", "steps"], row.Descendants("th").Select(th => th.Value));
        Assert.Equal(["13.28", "3"], row.Descendants("td").Select(td => td.Value));
        Assert.Equal((0.1 + 0.2).ToString(System.Globalization.CultureInfo.InvariantCulture), number);
        Assert.Equal("&lt;b&gt;", text);
    }

    [Fact]
    public void Significant_digits_outside_one_to_fifteen_are_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => DisplaySettings.SignificantDigits = 0);

    [GeneratedRegex("<tr><td")]
    private static partial Regex RowTag();
}

/// <summary>Tests that change the process-wide <see cref="DisplaySettings"/> run one at a time.</summary>
[CollectionDefinition(nameof(DisplaySettingsCollection), DisableParallelization = true)]
public sealed class DisplaySettingsCollection;
