using System.Collections;

namespace Course.Grading;

/// <summary>
/// Keeps the grader's secrets out of what students and the gradebook see: every text of a grade (feedback, details,
/// notes, errors — which may quote exception messages written by student code) has the secret seed and the values
/// of the grader's environment replaced by <c>[redacted]</c>, and is cut to <see cref="MaxTextLength"/> characters.
/// A value is redacted when it is the seed or the value of a variable whose name says it is secret (<c>SEED</c>,
/// <c>TOKEN</c>, <c>KEY</c>, <c>SECRET</c>, <c>PASSWORD</c>) and at least 4 characters long, or any value at least 8
/// characters long, or at least 4 with a character other than a letter or digit (<c>/root</c>); shorter plain
/// values such as <c>true</c>, <c>xterm</c> or <c>1000</c> are also words and numbers of ordinary feedback, so they stay.
/// </summary>
public sealed class Redactor
{
    /// <summary>The longest text kept in a grade; longer texts are cut.</summary>
    public const int MaxTextLength = 4000;

    /// <summary>What replaces a secret.</summary>
    public const string Mark = "[redacted]";

    private static readonly string[] SecretNames = ["SEED", "TOKEN", "KEY", "SECRET", "PASSWORD", "PASSWD", "CREDENTIAL"];

    private readonly string[] secrets;

    /// <summary>Creates a redactor for <paramref name="seed"/> and <paramref name="environment"/>.</summary>
    /// <param name="seed">The hidden-case seed, or <see langword="null"/>.</param>
    /// <param name="environment">The grader's environment variables (name → value).</param>
    public Redactor(string? seed, IDictionary environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var values = new List<string>();
        if (seed is { Length: >= 4 })
        {
            values.Add(seed);
        }

        foreach (DictionaryEntry variable in environment)
        {
            if (variable is { Key: string name, Value: string value }
                && (value.Length >= 8
                    || (value.Length >= 4 && (SecretNames.Any(s => name.Contains(s, StringComparison.OrdinalIgnoreCase)) || !value.All(char.IsLetterOrDigit)))))
            {
                values.Add(value);
            }
        }

        // Longest first, so a value that contains another is replaced whole.
        secrets = [.. values.Distinct(StringComparer.Ordinal).OrderByDescending(v => v.Length)];
    }

    /// <summary>A redactor for this process's environment and <paramref name="seed"/>.</summary>
    /// <param name="seed">The hidden-case seed, or <see langword="null"/> (COURSE_CHECK_SEED is part of the environment).</param>
    public static Redactor ForThisProcess(string? seed) => new(seed, Environment.GetEnvironmentVariables());

    /// <summary><paramref name="text"/> with every secret replaced and cut to <see cref="MaxTextLength"/>.</summary>
    /// <param name="text">A text that may quote student code's output.</param>
    public string Redact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > MaxTextLength * 4)
        {
            text = text[..(MaxTextLength * 4)];
        }

        foreach (var secret in secrets)
        {
            text = text.Replace(secret, Mark, StringComparison.Ordinal);
        }

        return text.Length <= MaxTextLength ? text : text[..MaxTextLength] + " … (cut)";
    }

    /// <summary><paramref name="grade"/> with every text redacted.</summary>
    /// <param name="grade">A grade as the grader made it.</param>
    public SubmissionGrade Redact(SubmissionGrade grade)
    {
        ArgumentNullException.ThrowIfNull(grade);
        return grade with
        {
            Error = grade.Error is null ? null : Redact(grade.Error),
            Notes = [.. grade.Notes.Select(Redact)],
            Checks = [.. grade.Checks.Select(c => c with { Feedback = Redact(c.Feedback), Details = [.. c.Details.Select(Redact)] })],
        };
    }
}
