using Course.Training;

namespace Course.Tests.Training;

public sealed class DatasetsTests
{
    [Fact]
    public void Digits_has_the_documented_shape_labels_and_pixel_range()
    {
        var digits = Datasets.Digits();

        Assert.Equal(1797, digits.Count);
        Assert.Equal(64, digits.FeatureCount);
        Assert.Equal(10, digits.ClassCount);
        Assert.Equal(Enumerable.Range(0, 10), digits.Labels.Distinct().Order());
        Assert.Equal(0.0, digits.Features.Enumerate().Min());
        Assert.Equal(16.0, digits.Features.Enumerate().Max());
        Assert.All(digits.Features.Enumerate(), x => Assert.Equal(Math.Round(x), x));
    }

    [Fact]
    public void Digits_rows_match_the_file_line_by_line()
    {
        var file = Datasets.FindDataFile(Datasets.DigitsFile);
        var lines = File.ReadAllLines(file);
        var digits = Datasets.Digits(file);

        Assert.Equal(lines.Length, digits.Count);
        var last = lines[^1].Split(',').Select(double.Parse).ToArray();
        Assert.Equal(last[..64], digits.Features.Row(digits.Count - 1).ToArray());
        Assert.Equal((int)last[64], digits.Labels[^1]);
    }

    [Fact]
    public void Breast_cancer_reads_its_summary_line_and_keeps_the_raw_scales()
    {
        var cancer = Datasets.BreastCancer();

        Assert.Equal(569, cancer.Count);
        Assert.Equal(30, cancer.FeatureCount);
        Assert.Equal(["malignant", "benign"], cancer.ClassNames);
        // WDBC holds 212 malignant and 357 benign tumours (UCI description).
        Assert.Equal(212, cancer.Labels.Count(y => y == 0));
        Assert.Equal(357, cancer.Labels.Count(y => y == 1));
        // first data row of the file: mean radius 17.99, worst area 2019
        Assert.Equal(17.99, cancer.Features[0, 0]);
        Assert.Equal(2019.0, cancer.Features[0, 23]);
    }

    [Fact]
    public void A_folder_path_is_accepted_and_a_wrong_path_names_where_it_looked()
    {
        var folder = Path.GetDirectoryName(Datasets.FindDataFile(Datasets.DigitsFile))!;
        Assert.Equal(1797, Datasets.Digits(folder).Count);

        var missing = Path.Combine(Path.GetTempPath(), "no-such-course-data");
        var error = Assert.Throws<FileNotFoundException>(() => Datasets.BreastCancer(missing));
        Assert.Contains("no-such-course-data", error.Message);
    }

    [Fact]
    public void Search_failure_lists_the_folders_it_tried()
    {
        var error = Assert.Throws<FileNotFoundException>(() => Datasets.FindDataFile("no-such-file.csv"));
        Assert.Contains(Path.Combine(Directory.GetCurrentDirectory(), "data"), error.Message);
    }
}
