using Course.Optimizers;
using Course.Training.Schedules;

namespace Course.Tests.Training;

/// <summary>Closed forms written out independently, and bad input.</summary>
public sealed class ScheduleTests
{
    [Fact]
    public void Cosine_annealing_follows_the_half_cosine_and_then_holds_its_minimum()
    {
        var schedule = new CosineAnnealing(8, MinFactor: 0.2);
        Assert.Equal(1.0, schedule.Factor(0), 15);
        Assert.Equal(0.6, schedule.Factor(4), 15); // halfway: m + (1 − m)/2
        Assert.Equal(0.2 + (0.8 * (1 + Math.Cos(Math.PI / 8)) / 2), schedule.Factor(1), 15);
        Assert.Equal(0.2, schedule.Factor(8), 15);
        Assert.Equal(0.2, schedule.Factor(50), 15);
    }

    [Fact]
    public void Inverse_time_decay_is_one_over_t_and_one_over_root_t()
    {
        var oneOverT = new InverseTimeDecay(0.5);
        Assert.Equal([1.0, 1 / 1.5, 0.5, 1 / 2.5], oneOverT.Factors(4), new ToleranceComparer(1e-15));
        var oneOverRootT = new InverseTimeDecay(1, Power: 0.5);
        Assert.Equal(1 / Math.Sqrt(100), oneOverRootT.Factor(99), 15);
        Assert.Throws<ArgumentOutOfRangeException>(() => new InverseTimeDecay(0));
    }

    [Fact]
    public void Cosine_annealing_past_its_end_holds_by_default_and_climbs_back_when_asked()
    {
        Assert.Equal(0.2, new CosineAnnealing(8, MinFactor: 0.2).Factor(12), 15);
        var periodic = new CosineAnnealing(8, MinFactor: 0.2, ContinuePastEnd: true);
        Assert.Equal(0.6, periodic.Factor(12), 15);   // three quarters of the period 2T: back up halfway
        Assert.Equal(1.0, periodic.Factor(16), 15);   // t = 2T: the initial rate again
    }

    [Fact]
    public void Linear_warmup_reaches_one_at_its_last_step_and_stays()
    {
        var schedule = new LinearWarmup(4, StartFactor: 0.2);
        Assert.Equal([0.2, 0.4, 0.6, 0.8, 1.0, 1.0], schedule.Factors(6), new ToleranceComparer(1e-15));
    }

    [Fact]
    public void Warmup_cosine_peaks_at_the_end_of_warmup_and_ends_at_the_minimum()
    {
        var schedule = Schedule.WarmupCosine(warmupSteps: 10, totalSteps: 110, warmupStartFactor: 0.01, minFactor: 0.05);
        var factors = schedule.Factors(111);
        Assert.Equal(10, Array.IndexOf(factors, factors.Max()));
        Assert.Equal(1.0, factors[10], 15);
        Assert.Equal(0.05, factors[110], 15);
        Assert.Equal([10], schedule.Milestones);
    }

    [Fact]
    public void Learning_rates_scale_the_initial_rate_by_the_factors()
    {
        Assert.Equal([2.0, 1.0, 0.5], new ExponentialDecay(0.5).LearningRates(2.0, 3));
    }

    [Fact]
    public void The_scheduler_applies_step_zero_on_creation_to_each_group_by_its_own_initial_rate()
    {
        var weights = new ParameterGroup<double>([new Parameter<double>("w", [1.0])], learningRate: 0.3);
        var biases = new ParameterGroup<double>([new Parameter<double>("b", [1.0])], learningRate: 0.06);
        var optimizer = new Sgd<double>([weights, biases]);

        var scheduler = new LearningRateScheduler(optimizer, new LinearWarmup(2, StartFactor: 0.5));

        Assert.Equal([0.15, 0.03], scheduler.LearningRates);
        scheduler.Step();
        scheduler.Step();
        Assert.Equal(2, scheduler.StepCount);
        Assert.Equal(1.0, scheduler.CurrentFactor);
        Assert.Equal(0.3, weights.LearningRate, 15);
        Assert.Equal(0.06, biases.LearningRate, 15);
    }

    [Fact]
    public void Bad_arguments_name_themselves()
    {
        Assert.Equal("StepSize", Assert.Throws<ArgumentOutOfRangeException>(() => new StepDecay(0)).ParamName);
        Assert.Equal("Gamma", Assert.Throws<ArgumentOutOfRangeException>(() => new StepDecay(2, -0.1)).ParamName);
        Assert.Equal("Gamma", Assert.Throws<ArgumentOutOfRangeException>(() => new ExponentialDecay(double.NaN)).ParamName);
        Assert.Equal("Steps", Assert.Throws<ArgumentOutOfRangeException>(() => new CosineAnnealing(0)).ParamName);
        Assert.Equal("MinFactor", Assert.Throws<ArgumentOutOfRangeException>(() => new CosineAnnealing(5, 1.5)).ParamName);
        Assert.Equal("StartFactor", Assert.Throws<ArgumentOutOfRangeException>(() => new LinearWarmup(5, 0)).ParamName);
        Assert.Equal("step", Assert.Throws<ArgumentOutOfRangeException>(() => new ExponentialDecay(0.9).Factor(-1)).ParamName);
        Assert.Equal("milestones", Assert.Throws<ArgumentException>(() => new SequentialSchedule([new ExponentialDecay(0.9)], [3])).ParamName);
        Assert.Equal("milestones", Assert.Throws<ArgumentOutOfRangeException>(
            () => new SequentialSchedule([new ExponentialDecay(0.9), new ExponentialDecay(0.5), new ExponentialDecay(0.1)], [5, 5])).ParamName);
        Assert.Equal("schedules", Assert.Throws<ArgumentException>(() => new ChainedSchedule()).ParamName);
        Assert.Equal("totalSteps", Assert.Throws<ArgumentOutOfRangeException>(() => Schedule.WarmupCosine(10, 10)).ParamName);
    }

    private sealed class ToleranceComparer(double tolerance) : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) <= tolerance;

        public int GetHashCode(double obj) => 0;
    }
}
