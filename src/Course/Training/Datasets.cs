using System.Globalization;
using MathNet.Numerics.LinearAlgebra;

namespace Course.Training;

/// <summary>
/// Loads the course's real data sets from the repository's <c>data/</c> folder
/// (provenance in <c>data/README.md</c>).
/// </summary>
public static class Datasets
{
    /// <summary>File name of the handwritten digits data set.</summary>
    public const string DigitsFile = "digits.csv";

    /// <summary>File name of the breast cancer data set.</summary>
    public const string BreastCancerFile = "breast_cancer.csv";

    /// <summary>
    /// The UCI handwritten digits: 1,797 images of 8×8 pixels (64 features, counts 0..16), labels 0..9.
    /// </summary>
    /// <param name="path">
    /// The CSV file, or a folder holding <c>digits.csv</c>; when <see langword="null"/>, <c>data/digits.csv</c>
    /// is searched upward from the current directory (see <see cref="FindDataFile"/>).
    /// </param>
    public static Dataset Digits(string? path = null)
    {
        var file = Resolve(path, DigitsFile);
        var lines = ReadLines(file);
        return Parse("digits", file, lines, featureCount: 64, classNames: Enumerable.Range(0, 10).Select(d => d.ToString(CultureInfo.InvariantCulture)).ToArray());
    }

    /// <summary>
    /// The Wisconsin diagnostic breast cancer data: 569 tumours, 30 features on very different scales,
    /// class 0 = malignant, 1 = benign (names read from the file's summary line).
    /// </summary>
    /// <param name="path">
    /// The CSV file, or a folder holding <c>breast_cancer.csv</c>; when <see langword="null"/>,
    /// <c>data/breast_cancer.csv</c> is searched upward from the current directory.
    /// </param>
    public static Dataset BreastCancer(string? path = null)
    {
        var file = Resolve(path, BreastCancerFile);
        var lines = ReadLines(file);
        if (lines.Length == 0)
        {
            throw new InvalidDataException($"{file} is empty; its first line should be the summary 'rows,features,class0,class1'.");
        }

        var summary = lines[0].Split(',');
        if (summary.Length < 4
            || !int.TryParse(summary[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var rows)
            || !int.TryParse(summary[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var features))
        {
            throw new InvalidDataException($"{file} line 1 should be the summary 'rows,features,class0,class1', but was '{lines[0]}'.");
        }

        var data = Parse("breast cancer", file, lines[1..], features, summary[2..]);
        if (data.Count != rows)
        {
            throw new InvalidDataException($"{file} announces {rows} rows in its summary line but holds {data.Count}.");
        }

        return data;
    }

    /// <summary>
    /// Finds <c>data/<paramref name="fileName"/></c> in the current directory or one of its parents
    /// (a notebook runs in <c>notebooks/</c>, a test under <c>artifacts/</c>), then likewise from
    /// the directory of the running program.
    /// </summary>
    /// <param name="fileName">A file name such as <see cref="DigitsFile"/>.</param>
    /// <returns>The full path of the first match.</returns>
    /// <exception cref="FileNotFoundException">No folder on either path holds the file; the message lists where it looked.</exception>
    public static string FindDataFile(string fileName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        var searched = new List<string>();
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory }.Distinct())
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "data", fileName);
                if (File.Exists(candidate))
                {
                    return candidate;
                }

                searched.Add(Path.Combine(dir.FullName, "data"));
            }
        }

        throw new FileNotFoundException(
            $"Could not find data/{fileName}. Looked in: {string.Join(", ", searched.Distinct())}. " +
            "Pass the file's path explicitly, or run from inside the course repository.",
            fileName);
    }

    private static string Resolve(string? path, string fileName)
    {
        if (path is null)
        {
            return FindDataFile(fileName);
        }

        if (Directory.Exists(path))
        {
            var inFolder = Path.Combine(path, fileName);
            return File.Exists(inFolder)
                ? inFolder
                : throw new FileNotFoundException($"The folder {Path.GetFullPath(path)} does not contain {fileName}.", inFolder);
        }

        return File.Exists(path)
            ? path
            : throw new FileNotFoundException($"No file or folder at {Path.GetFullPath(path)} (expected {fileName} or a folder holding it).", path);
    }

    private static string[] ReadLines(string file) =>
        File.ReadAllLines(file).Where(line => line.Length > 0).ToArray();

    private static Dataset Parse(string name, string file, string[] lines, int featureCount, IReadOnlyList<string> classNames)
    {
        var features = Matrix<double>.Build.Dense(lines.Length, featureCount);
        var labels = new int[lines.Length];
        for (var i = 0; i < lines.Length; i++)
        {
            var fields = lines[i].Split(',');
            if (fields.Length != featureCount + 1)
            {
                throw new InvalidDataException(
                    $"{file}: a data row should have {featureCount} features and a label, but row {i + 1} has {fields.Length} fields.");
            }

            for (var j = 0; j < featureCount; j++)
            {
                features[i, j] = double.Parse(fields[j], NumberStyles.Float, CultureInfo.InvariantCulture);
            }

            var label = int.Parse(fields[featureCount], NumberStyles.Integer, CultureInfo.InvariantCulture);
            if (label < 0 || label >= classNames.Count)
            {
                throw new InvalidDataException($"{file}: row {i + 1} has label {label}, outside 0..{classNames.Count - 1}.");
            }

            labels[i] = label;
        }

        return new Dataset(name, features, labels, classNames);
    }
}
