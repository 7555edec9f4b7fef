using System.Text;

namespace Course.Checks.Exercises;

/// <summary>
/// Runs a learner's step function over an exercise's hidden cases, compares every step with the library's
/// reference, awards a point per passing case, and names a misconception when a failing case matches a
/// wrong variant. Never throws for anything the learner's code does.
/// </summary>
internal static class ExerciseGrader
{
    /// <summary>Grades <paramref name="step"/> on the cases of <paramref name="exercise"/> for <paramref name="seed"/>.</summary>
    /// <param name="exercise">The exercise.</param>
    /// <param name="step">Calls the learner's function for a case, a 0-based step and a copy of the state.</param>
    /// <param name="seed">The hidden-case seed.</param>
    /// <param name="timeLimit">The time limit per case.</param>
    public static CheckResult Grade(ExerciseDefinition exercise, Func<StepCase, int, double[][], double[]?[]> step, int seed, TimeSpan timeLimit) =>
        Grade(exercise, seed, timeLimit, (stepCase, initial) => LearnerRunner.Run(stepCase, initial, step, timeLimit));

    /// <summary>
    /// Grades the runs <paramref name="run"/> reports for the cases of <paramref name="exercise"/> for <paramref name="seed"/>:
    /// the grader's side of the trust boundary, where the runs come from a sandboxed process that never saw the seed
    /// or the reference, and this method compares them with the reference itself.
    /// </summary>
    /// <param name="exercise">The exercise.</param>
    /// <param name="seed">The hidden-case seed.</param>
    /// <param name="timeLimit">The time limit per case, for messages.</param>
    /// <param name="run">What the learner's function did on a case from the given initial state, fed its own state after that (<see cref="StepChain"/>).</param>
    public static CheckResult Grade(ExerciseDefinition exercise, int seed, TimeSpan timeLimit, Func<StepCase, double[][], LearnerRun> run)
    {
        var cases = HiddenCases.For(exercise, seed);
        var passed = 0;
        var details = new List<string>();
        var misconceptions = new List<Misconception>();
        string? firstFailure = null;
        for (var c = 0; c < cases.Count; c++)
        {
            var stepCase = cases[c];
            var reference = exercise.Reference(stepCase);
            var outcome = run(stepCase, reference[0]);
            if (outcome.Error is NotImplementedException notImplemented)
            {
                return NotImplemented(exercise, cases.Count, notImplemented);
            }

            if (outcome.TimedOut)
            {
                var message = $"Case {stepCase.Number}: your function did not finish within {timeLimit.TotalSeconds:0.#} s (an endless loop?). The remaining cases were skipped.";
                details.Add(message);
                firstFailure ??= message;
                break;
            }

            var failure = DescribeFailure(exercise, stepCase, reference, outcome);
            if (failure is null)
            {
                passed++;
                details.Add($"Case {stepCase.Number} ✓ ({stepCase.Steps} steps, {stepCase.DescribeHyperparameters()})");
                continue;
            }

            var misconception = Recognise(exercise, stepCase, reference, outcome);
            if (misconception is not null)
            {
                misconceptions.Add(misconception);
            }

            var line = $"Case {stepCase.Number} ✗ {failure}" + (misconception is null ? string.Empty : $" — this matches “{misconception.Title}”.");
            details.Add(line);
            firstFailure ??= line;
        }

        var total = cases.Count;
        var common = misconceptions.GroupBy(m => m.Id).OrderByDescending(g => g.Count()).Select(g => g.First()).FirstOrDefault();
        var feedback = passed == total
            ? $"All {total} hidden cases pass: your {exercise.Title.ToLowerInvariant()} agrees with the library's reference at every step."
            : $"{passed} of {total} hidden cases pass.{(common is null ? string.Empty : $" Your results match a known mistake: {common.Title.ToLowerInvariant()}.")} The first problem is below.";
        return new CheckResult(exercise.Id, CheckKind.Exercise, passed == total, passed, total, feedback, passed == total ? null : common)
        {
            Prompt = $"{exercise.Title}: checked on {total} hidden cases of several steps each, seed {(seed == HiddenCases.DefaultSeed ? "default" : "set by the grader")}.",
            Details = details,
        };
    }

    /// <summary>The result for a function that throws <see cref="NotImplementedException"/>.</summary>
    public static CheckResult NotImplemented(ExerciseDefinition exercise, int total, NotImplementedException e) =>
        new(exercise.Id, CheckKind.Exercise, false, 0, total,
            $"Not implemented yet: your function throws NotImplementedException{(string.IsNullOrWhiteSpace(e.Message) || e.Message.StartsWith("The method or operation", StringComparison.Ordinal) ? "." : $" (“{e.Message}”).")} Replace the throw with your implementation and run this cell again.")
        {
            Prompt = exercise.Title,
            Unanswered = true,
        };

    private static string? DescribeFailure(ExerciseDefinition exercise, StepCase stepCase, IReadOnlyList<double[][]> reference, LearnerRun run)
    {
        var inputs = StepChain.Inputs(reference[0], run.Outputs);
        for (var k = 0; k < run.Outputs.Count; k++)
        {
            var problem = StepComparison.Problem(run.Outputs[k], reference[k + 1], exercise.StateNames);
            if (problem is not null)
            {
                return $"step {k + 1}: {problem}.{Environment.NewLine}{Inputs(exercise, stepCase, inputs[k], k)}{Environment.NewLine}  expected {Buffers(exercise, reference[k + 1])}{Environment.NewLine}  got      {Buffers(exercise, run.Outputs[k])}";
            }
        }

        if (run.Error is { } error)
        {
            var k = run.Outputs.Count;
            var fed = k == 0 ? reference[0] : run.Outputs[k - 1];
            return $"step {k + 1}: your function threw {ReportedException.NameOf(error)}: {error.Message}{Environment.NewLine}{Inputs(exercise, stepCase, fed, k)}";
        }

        if (run.Outputs.Count != stepCase.Steps)
        {
            return $"{run.Outputs.Count} results came back for {stepCase.Steps} steps";
        }

        return null;
    }

    private static Misconception? Recognise(ExerciseDefinition exercise, StepCase stepCase, IReadOnlyList<double[][]> reference, LearnerRun run)
    {
        if (run.Error is not null || run.Outputs.Count != stepCase.Steps)
        {
            return null;
        }

        var inputs = StepChain.Inputs(reference[0], run.Outputs);
        foreach (var variant in exercise.Variants)
        {
            var matches = true;
            for (var k = 0; k < stepCase.Steps && matches; k++)
            {
                double[][] expected;
                try
                {
                    expected = variant.Step(stepCase, k, inputs[k].Select(b => (double[])b!.Clone()).ToArray());
                }
                catch (ArithmeticException)
                {
                    matches = false;
                    break;
                }

                matches = StepComparison.Close(run.Outputs[k], expected);
            }

            if (matches)
            {
                return variant.Misconception;
            }
        }

        return null;
    }

    private static string Inputs(ExerciseDefinition exercise, StepCase stepCase, double[]?[] state, int k)
    {
        var text = new StringBuilder("  inputs   ");
        for (var b = 0; b < state.Length; b++)
        {
            text.Append(char.ToLowerInvariant(exercise.StateNames[b][0])).Append(exercise.StateNames[b][1..]).Append(" = ").Append(VectorText.Of(state[b])).Append(", ");
        }

        text.Append(exercise.DescribeStepInputs(stepCase, k)).Append(", ").Append(stepCase.DescribeHyperparameters());
        return text.ToString();
    }

    private static string Buffers(ExerciseDefinition exercise, double[]?[] buffers) =>
        string.Join(", ", buffers.Select((b, i) => $"{exercise.StateNames[i]} = {VectorText.Of(b)}"));
}
