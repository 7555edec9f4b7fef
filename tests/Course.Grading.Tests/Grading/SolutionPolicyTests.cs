namespace Course.Grading.Tests.Grading;

/// <summary>What a solution may not use, decided from the symbols it binds to (Roslyn's semantic model), before anything runs.</summary>
public sealed class SolutionPolicyTests
{
    private static readonly string[] Setup = ["using Course.Checks;"];

    [Fact]
    public void An_honest_solution_is_allowed() =>
        Assert.Null(SolutionPolicy.Refusal(Setup, FixtureLesson.Solution));

    [Theory]
    [InlineData("#r \"nuget: Newtonsoft.Json, 13.0.3\"\ndouble[] MySgdStep(double[] w, double[] g, double lr) => w;", "#r")]
    [InlineData("#i \"nuget: https://example.org/feed\"\ndouble[] MySgdStep(double[] w, double[] g, double lr) => w;", "#i")]
    [InlineData("#!csharp\ndouble[] MySgdStep(double[] w, double[] g, double lr) => w;", "#!")]
    public void A_directive_is_refused_before_anything_runs(string solution, string directive) =>
        Assert.Contains(directive, SolutionPolicy.Refusal(Setup, solution), StringComparison.Ordinal);

    [Theory]
    [InlineData("double[] MySgdStep(double[] w, double[] g, double lr) { var p = new Course.Optimizers.Parameter<double>(\"w\", w); new Course.Optimizers.Sgd<double>([p], new Course.Optimizers.SgdOptions(LearningRate: lr)); return w; }", "Course.Optimizers")]
    [InlineData("using O = Course.Optimizers;\ndouble[] MySgdStep(double[] w, double[] g, double lr) { var p = new O.Parameter<double>(\"w\", w); return p.Value; }", "Course.Optimizers")]
    [InlineData("using static Course.Optimizers.SgdOptions;\nvar x = 1;", null)]
    [InlineData("double[] MySgdStep(double[] w, double[] g, double lr) { var t = Type.GetType(\"Course.Optimizers.Sgd`1, Course\"); return w; }", "System.Type")]
    [InlineData("double[] MySgdStep(double[] w, double[] g, double lr) { var o = Activator.CreateInstance(typeof(object)); return w; }", "System.Activator")]
    [InlineData("double[] MySgdStep(double[] w, double[] g, double lr) { var m = typeof(Exercise).Assembly; return w; }", "System.Reflection")]
    [InlineData("double[] MySgdStep(double[] w, double[] g, double lr) { var a = w.GetType().Assembly; return w; }", "System.Reflection")]
    [InlineData("double[] MySgdStep(double[] w, double[] g, double lr) { dynamic d = w; return d; }", "dynamic")]
    [InlineData("unsafe double[] MySgdStep(double[] w, double[] g, double lr) { return w; }", "unsafe")]
    [InlineData("double[] MySgdStep(double[] w, double[] g, double lr) { System.Runtime.InteropServices.Marshal.AllocHGlobal(10); return w; }", "InteropServices")]
    [InlineData("[System.Runtime.InteropServices.DllImport(\"libc\")] static extern int getpid();", "extern")]
    [InlineData("double[] MySgdStep(double[] w, double[] g, double lr) { Func<int> f = () => 1; var m = f.Method; return w; }", "System.Reflection")]
    [InlineData("double[] MySgdStep(double[] w, double[] g, double lr) { Func<int> f = () => 1; f.DynamicInvoke(); return w; }", "System.Delegate")]
    [InlineData("double[] MySgdStep(double[] w, double[] g, double lr) { var o = Exercise.Ids; return w; }", "Course.Checks")]
    [InlineData("double MyWarmupCosine(int step, int warmupSteps, int totalSteps, double peakLr, double startLr, double minLr) => peakLr * Course.Training.Schedules.Schedule.WarmupCosine(warmupSteps, totalSteps, startLr / peakLr, minLr / peakLr).Factor(step);", "Course.Training")]
    [InlineData("using static Course.Training.Schedules.Schedule;\ndouble MyWarmupCosine(int step, int warmupSteps, int totalSteps, double peakLr, double startLr, double minLr) => peakLr * WarmupCosine(warmupSteps, totalSteps, startLr / peakLr, minLr / peakLr).Factor(step);", "Course.Training")]
    [InlineData("(double[] W, double[] M) MyLionStep(double[] w, double[] m, double[] grad, double lr, double beta1, double beta2, double weightDecay) { var p = new Course.Optimizers.Parameter<double>(\"w\", w); new Course.Optimizers.Lion<double>([p], new Course.Optimizers.LionOptions(LearningRate: lr)); return (w, m); }", "Course.Optimizers")]
    public void Reflection_unsafe_code_and_the_library_s_optimizers_are_refused(string solution, string? named)
    {
        var refusal = SolutionPolicy.Refusal(Setup, solution);
        Assert.NotNull(refusal);
        if (named is not null)
        {
            Assert.Contains(named, refusal, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_open_ended_exercises_delegate_types_may_be_named() =>
        Assert.Null(SolutionPolicy.Refusal(Setup, "LionStep lion = (w, m, g, lr, b1, b2, wd) => (w, m); WarmupCosineSchedule schedule = (t, w, total, peak, start, min) => peak;"));

    [Fact]
    public void A_setup_variable_is_seen_through_when_the_solution_uses_it()
    {
        string[] setup = ["using Course.Optimizers;", "var parameter = new Parameter<double>(\"w\", new double[2]);"];
        Assert.Contains("Course.Optimizers", SolutionPolicy.Refusal(setup, "double[] MySgdStep(double[] w, double[] g, double lr) => parameter.Value;"), StringComparison.Ordinal);
    }
}
