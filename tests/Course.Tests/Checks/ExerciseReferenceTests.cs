using Course.Checks.Exercises;
using Course.Checks.Exercises.Definitions;
using Course.Optimizers;

namespace Course.Tests.Checks;

public sealed class ExerciseReferenceTests
{
    public static TheoryData<string> ExerciseIds => new(ExerciseCatalog.ById.Keys);

    [Fact]
    public void Nesterov_lookahead_form_equals_pytorch_nesterov_through_theta_equals_w_plus_mu_v()
    {
        var exercise = new NesterovStepExercise();
        foreach (var stepCase in HiddenCases.For(exercise, 7))
        {
            var reference = exercise.Reference(stepCase);
            var theta = new Parameter<double>("theta", (double[])stepCase.InitialWeights.Clone());
            var sgd = new Sgd<double>([theta], new SgdOptions(LearningRate: stepCase.LearningRate, Momentum: stepCase.Momentum, Nesterov: true));
            for (var k = 1; k <= stepCase.Steps; k++)
            {
                stepCase.Field!.At(theta.Value).CopyTo(theta.Gradient, 0);
                sgd.Step();
                var (w, v) = (reference[k][0], reference[k][1]);
                for (var i = 0; i < w.Length; i++)
                {
                    Assert.Equal(w[i] + (stepCase.Momentum * v[i]), theta.Value[i], 12);
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(ExerciseIds))]
    public void Every_wrong_variant_differs_from_the_reference_on_every_hidden_case(string id)
    {
        var exercise = ExerciseCatalog.ById[id];
        foreach (var seed in new[] { HiddenCases.DefaultSeed, 1, 2, 3, 99 })
        {
            foreach (var stepCase in HiddenCases.For(exercise, seed))
            {
                var reference = exercise.Reference(stepCase);
                foreach (var variant in exercise.Variants)
                {
                    var differs = Enumerable.Range(0, stepCase.Steps).Any(k =>
                        !Close(variant.Step(stepCase, k, reference[k].Select(b => (double[])b.Clone()).ToArray()), reference[k + 1]));
                    Assert.True(differs, $"{id}: variant {variant.Misconception.Id} equals the reference on case {stepCase.Number} (seed {seed}).");
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(ExerciseIds))]
    public void Every_variant_is_told_apart_from_the_others(string id)
    {
        var exercise = ExerciseCatalog.ById[id];
        foreach (var stepCase in HiddenCases.For(exercise, HiddenCases.DefaultSeed))
        {
            var reference = exercise.Reference(stepCase);
            for (var a = 0; a < exercise.Variants.Count; a++)
            {
                for (var b = a + 1; b < exercise.Variants.Count; b++)
                {
                    var (va, vb) = (exercise.Variants[a], exercise.Variants[b]);
                    var differs = Enumerable.Range(0, stepCase.Steps).Any(k =>
                        !Close(va.Step(stepCase, k, reference[k]), vb.Step(stepCase, k, reference[k])));
                    Assert.True(differs, $"{id}: {va.Misconception.Id} and {vb.Misconception.Id} coincide on case {stepCase.Number}.");
                }
            }
        }
    }

    private static bool Close(double[][] a, double[][] b) =>
        a.Zip(b).All(p => p.First.Zip(p.Second).All(x => Math.Abs(x.First - x.Second) <= 1e-6 * (1 + Math.Abs(x.Second)) || (double.IsNaN(x.First) && double.IsNaN(x.Second))));
}
