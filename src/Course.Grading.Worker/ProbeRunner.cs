using Course.Checks;
using Course.Checks.Exercises;

namespace Course.Grading.Worker;

/// <summary>
/// Calls the learner's function on a probe's inputs, each case on its own thread with a time limit (a function that
/// never returns is abandoned and the next case goes on), and records what came back, bounded in size.
/// </summary>
internal static class ProbeRunner
{
    /// <summary>How long one case may take: 2 seconds, as in the notebook's own check.</summary>
    public static TimeSpan CaseTimeLimit { get; } = TimeSpan.FromSeconds(2);

    /// <summary>The most values kept from one returned buffer (an honest one has a handful).</summary>
    public const int MaxValues = 4096;

    private const int MaxMessage = 300;

    /// <summary>Runs <paramref name="function"/> on every case of <paramref name="probe"/>.</summary>
    public static ProbeReport Run(ExerciseProbe probe, Delegate function) =>
        function is EpochBatches batches
            ? new ProbeReport(null, (probe.Batches ?? []).Select(c => Batches(batches, c)).ToArray())
            : new ProbeReport((probe.Steps ?? []).Select(c => Steps(function, probe, c)).ToArray(), null);

    private static StepRunReport Steps(Delegate function, ExerciseProbe probe, StepProbeCase probeCase)
    {
        var outputs = new List<double[]?[]>();
        ThrownError? error = null;
        var finished = OnThread(() =>
        {
            var stepCase = probeCase.Case.ToStepCase();
            StepChain.Run(probeCase.Initial, stepCase.Steps, (k, state) => LearnerCall.Step(function, probe.ExerciseId, stepCase, k, state), result =>
            {
                lock (outputs)
                {
                    outputs.Add([.. result.Select(Bounded)]);
                }
            });
        }, e => error = e);
        lock (outputs)
        {
            return new StepRunReport(outputs.ToArray(), finished ? error : null, !finished);
        }
    }

    private static BatchCaseReport Batches(EpochBatches function, BatchProbeCase probeCase)
    {
        var first = Call(function, probeCase);
        return new BatchCaseReport(first, first.Error is null && !first.TimedOut ? Call(function, probeCase) : null);
    }

    private static BatchCallReport Call(EpochBatches function, BatchProbeCase probeCase)
    {
        int[][]? batches = null;
        ThrownError? error = null;
        var finished = OnThread(() => batches = function(probeCase.N, probeCase.BatchSize, new Random(probeCase.Seed))?.Take(MaxValues).Select(b => b?.Take(MaxValues).ToArray()!).ToArray(), e => error = e);
        return finished ? new BatchCallReport(batches, error, false) : new BatchCallReport(null, null, true);
    }

    private static string MessageOf(Exception e)
    {
        try
        {
            var message = e.Message;
            return message.Length <= MaxMessage ? message : message[..MaxMessage] + "…";
        }
#pragma warning disable CA1031 // A learner's exception whose Message throws is reported without one.
        catch (Exception)
#pragma warning restore CA1031
        {
            return string.Empty;
        }
    }

    private static double[]? Bounded(double[]? buffer) => buffer is null || buffer.Length <= MaxValues ? buffer : buffer[..MaxValues];

    private static bool OnThread(Action action, Action<ThrownError> failed)
    {
        var thread = new Thread(() =>
        {
            try
            {
                action();
            }
#pragma warning disable CA1031 // Anything the learner's code throws is reported, by name and message.
            catch (Exception e)
#pragma warning restore CA1031
            {
                failed(new ThrownError(e.GetType().Name, MessageOf(e)));
            }
        })
        {
            IsBackground = true,
            Name = "course-grade-learner",
        };
        thread.Start();
        return thread.Join(CaseTimeLimit);
    }
}
