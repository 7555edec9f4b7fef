using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using Course.Checks.Quizzes;
using Course.Checks.Sessions;
using Microsoft.DotNet.Interactive.Formatting;

namespace Course.Checks.Rendering;

/// <summary>
/// Registers how checks display in a notebook: <see cref="CheckResult"/> as an HTML card and as JSON
/// under <see cref="JsonMimeType"/> (both preferred, so the engine writes both outputs), and
/// <see cref="QuestionView"/> and <see cref="ProgressCard"/> as HTML cards. Runs when the library loads; <see cref="Register"/>
/// may be called again after a host resets the formatters.
/// </summary>
public static class CheckFormatting
{
    /// <summary>The MIME type of the machine-readable result a grader collects.</summary>
    public const string JsonMimeType = "application/vnd.course.check+json";

    /// <summary>The MIME type of the card.</summary>
    public const string HtmlMimeType = "text/html";

    /// <summary>Registers the formatters and preferred MIME types with <see cref="Formatter"/>.</summary>
    public static void Register()
    {
        Formatter.Register<CheckResult>((result, writer) => writer.Write(CheckHtml.ToHtml(result)), HtmlMimeType);
        Formatter.Register<CheckResult>((result, writer) => writer.Write(CheckJson.ToJson(result)), JsonMimeType);
        Formatter.Register<CheckResult>((result, writer) => writer.Write(PlainText(result)), "text/plain");
        Formatter.SetPreferredMimeTypesFor(typeof(CheckResult), HtmlMimeType, JsonMimeType);
        Formatter.Register<QuestionView>((view, writer) => writer.Write(CheckHtml.ToHtml(view)), HtmlMimeType);
        Formatter.Register<QuestionView>((view, writer) => writer.Write(PlainText(view)), "text/plain");
        Formatter.SetPreferredMimeTypesFor(typeof(QuestionView), HtmlMimeType);
        Formatter.Register<ProgressCard>((card, writer) => writer.Write(ProgressHtml.ToHtml(card)), HtmlMimeType);
        Formatter.Register<ProgressCard>((card, writer) => writer.Write(ProgressHtml.PlainText(card)), "text/plain");
        Formatter.SetPreferredMimeTypesFor(typeof(ProgressCard), HtmlMimeType);
    }

    /// <summary>
    /// Registers the formatters again and returns <paramref name="result"/> unchanged. A grader wraps a check
    /// cell's value in this, so a formatter the learner's code registered while the check ran cannot change
    /// how the result is written.
    /// </summary>
    /// <param name="result">The check's result.</param>
    public static CheckResult Reregistered(CheckResult result)
    {
        Register();
        return result;
    }

    /// <summary>A one-paragraph text form of <paramref name="result"/>, for consoles and logs.</summary>
    /// <param name="result">The result.</param>
    public static string PlainText(CheckResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var mark = result.Correct ? "✓" : "✗";
        var lines = new List<string> { $"{mark} {result.QuestionId}: {result.Score:0.##}/{result.MaxScore:0.##} — {result.Feedback}" };
        if (result.Misconception is { } m)
        {
            lines.Add($"  Likely mistake: {m.Title}. {m.Explanation}");
        }

        lines.AddRange(result.Details.Select(d => "  " + d));
        return string.Join(Environment.NewLine, lines);
    }

    private static string PlainText(QuestionView view) =>
        string.Join(Environment.NewLine, new[] { $"{view.Id}: {view.Prompt}" }
            .Concat(view.Options.Select(o => $"  ({o.Key}) {o.Value}"))
            .Append(view.HowToAnswer));

    [ModuleInitializer]
    [SuppressMessage("Usage", "CA2255:The 'ModuleInitializer' attribute should not be used in libraries",
        Justification = "Notebook cells display CheckResult values as soon as the library loads; the host has no other hook to register the course's formatters before the first cell runs.")]
    internal static void RegisterOnLoad() => Register();
}
