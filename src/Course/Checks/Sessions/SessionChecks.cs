using System.Collections.Concurrent;

namespace Course.Checks.Sessions;

/// <summary>
/// The checks run in this session (this kernel, this <c>course run</c> of a notebook; see <see cref="SessionState"/>): the latest result of each
/// check id, and for an exercise the function it was run on, so that <see cref="Exercise.Use(string, SgdStep, string?)"/>
/// can reuse the check cell's verdict instead of running the hidden cases again.
/// </summary>
internal static class SessionChecks
{
    private static ConcurrentDictionary<string, (CheckResult Result, Delegate? Function)> Latest => SessionState.Current.Checks;

    /// <summary>Records <paramref name="result"/> as the latest for its id and returns it.</summary>
    /// <param name="result">A check's result.</param>
    /// <param name="function">The learner's function the exercise was checked on, if it was an exercise.</param>
    public static CheckResult Record(CheckResult result, Delegate? function = null)
    {
        Latest[result.QuestionId] = (result, function);
        return result;
    }

    /// <summary>The latest result for <paramref name="id"/>, or <see langword="null"/> when it was not checked this session.</summary>
    public static CheckResult? Find(string id) => Latest.TryGetValue(id, out var entry) ? entry.Result : null;

    /// <summary>The latest result for exercise <paramref name="id"/> when it was checked on <paramref name="function"/> itself.</summary>
    public static CheckResult? FindFor(string id, Delegate function) =>
        Latest.TryGetValue(id, out var entry) && entry.Function is not null && entry.Function.Equals(function) ? entry.Result : null;
}
