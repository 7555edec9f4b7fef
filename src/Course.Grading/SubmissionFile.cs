using System.Globalization;
using System.Text;

namespace Course.Grading;

/// <summary>
/// Reads a submitted notebook's text without trusting the file: never through a symbolic link, never from a pipe or
/// a device (their size is 0, so they are refused before they are opened), and never more than
/// <see cref="MaxBytes"/>, whatever the file claims.
/// </summary>
public static class SubmissionFile
{
    /// <summary>The largest notebook read: 32 MiB (a lesson with every chart's output is a few MB).</summary>
    public const long MaxBytes = 32L * 1024 * 1024;

    /// <summary>The text of the notebook at <paramref name="path"/>, or why it cannot be read.</summary>
    /// <param name="path">The submission file.</param>
    /// <returns>The UTF-8 text (byte-order mark removed), or <see langword="null"/> and a one-sentence reason.</returns>
    public static (string? Text, string? Error) Read(string path)
    {
        var info = new FileInfo(path);
        if (info.LinkTarget is not null)
        {
            return (null, $"{info.Name} is a symbolic link; the grader reads only regular files, so it was not graded.");
        }

        if (!info.Exists)
        {
            return (null, $"{info.Name} does not exist or is not a file.");
        }

        if (info.Length == 0)
        {
            return (null, $"{info.Name} is empty or not a regular file (a pipe or a device), so it was not graded.");
        }

        if (info.Length > MaxBytes)
        {
            return (null, TooLarge(info));
        }

        var buffer = new byte[info.Length + 1];
        var read = 0;
        using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan))
        {
            int n;
            while (read < buffer.Length && (n = stream.Read(buffer, read, buffer.Length - read)) > 0)
            {
                read += n;
            }
        }

        if (read > info.Length)
        {
            return (null, $"{info.Name} grew while it was read, so it was not graded.");
        }

        var bytes = buffer.AsSpan(0, read);
        if (bytes.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }

        return (Encoding.UTF8.GetString(bytes), null);
    }

    private static string TooLarge(FileInfo info) => string.Create(CultureInfo.InvariantCulture,
        $"{info.Name} is {info.Length / (1024.0 * 1024):0.#} MB; the grader reads notebooks of at most {MaxBytes / (1024 * 1024)} MB, so it was not graded.");
}
