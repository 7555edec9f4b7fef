using Course.Optimizers;

namespace Course.Tests.Optimizers;

public sealed class StateBufferTests
{
    public static TheoryData<string, int> Counts => new()
    {
        { "SGD", 0 },
        { "SGD momentum", 1 },
        { "Adagrad", 1 },
        { "RMSprop", 1 },
        { "RMSprop centered", 2 },
        { "RMSprop momentum", 2 },
        { "RMSprop centered momentum", 3 },
        { "Adam", 2 },
        { "Adam amsgrad", 3 },
        { "AdamW", 2 },
        { "AdamW amsgrad", 3 },
        { "NAdam", 2 },
        { "RAdam", 2 },
        { "Adamax", 2 },
        { "Lion", 1 },
    };

    [Theory]
    [MemberData(nameof(Counts))]
    public void Reports_and_keeps_exactly_the_documented_number_of_buffers(string optimizer, int expected)
    {
        var p = new Parameter<double>("w", [1.0, 2.0, 3.0]);
        var (instance, buffers) = Create(optimizer, p);
        Assert.Equal(expected, instance.StateBuffersPerParameter);
        Assert.Null(buffers());
        p.Gradient[0] = 1.0;
        instance.Step();
        var spans = buffers()!;
        Assert.Equal(expected, spans.Count(length => length == p.Length));
        Assert.All(spans, length => Assert.True(length == 0 || length == p.Length));
        Assert.Equal(1, instance.StepCount);
    }

    [Fact]
    public void State_can_be_kept_in_a_notebook_variable_and_formatted()
    {
        // A script's top-level variables are fields, which cannot hold ref structs such as ReadOnlySpan,
        // and the notebook formatter cannot read ref-struct properties by reflection.
        var stateTypes = typeof(IOptimizer).Assembly.GetTypes()
            .Where(t => t.Namespace == "Course.Optimizers" && t.IsPublic && t.Name.EndsWith("State`1", StringComparison.Ordinal))
            .ToArray();
        Assert.Equal(7, stateTypes.Length); // Momentum, Adagrad, RmsProp, Adam (also AdamW and RAdam), NAdam, Adamax, Lion
        foreach (var type in stateTypes)
        {
            foreach (var property in type.MakeGenericType(typeof(double)).GetProperties())
            {
                Assert.False(property.PropertyType.IsByRefLike, $"{type.Name}.{property.Name} is a ref struct");
            }
        }
    }

    private static (IOptimizer Optimizer, Func<int[]?> BufferLengths) Create(string name, Parameter<double> p) => name switch
    {
        "SGD" => With(new Sgd<double>([p]), s => [s.Velocity.Count]),
        "SGD momentum" => With(new Sgd<double>([p], new SgdOptions(Momentum: 0.9)), s => [s.Velocity.Count]),
        "Adagrad" => With(new Adagrad<double>([p]), s => [s.SumOfSquares.Count]),
        "RMSprop" => RmsProp(p, new RmsPropOptions()),
        "RMSprop centered" => RmsProp(p, new RmsPropOptions(Centered: true)),
        "RMSprop momentum" => RmsProp(p, new RmsPropOptions(Momentum: 0.9)),
        "RMSprop centered momentum" => RmsProp(p, new RmsPropOptions(Momentum: 0.9, Centered: true)),
        "Adam" => With(new Adam<double>([p]), AdamLengths),
        "Adam amsgrad" => With(new Adam<double>([p], new AdamOptions(Amsgrad: true)), AdamLengths),
        "AdamW" => With(new AdamW<double>([p]), AdamLengths),
        "AdamW amsgrad" => With(new AdamW<double>([p], new AdamWOptions(Amsgrad: true)), AdamLengths),
        "NAdam" => With(new NAdam<double>([p]), s => [s.ExpAvg.Count, s.ExpAvgSq.Count]),
        "RAdam" => With(new RAdam<double>([p]), AdamLengths),
        "Adamax" => With(new Adamax<double>([p]), s => [s.ExpAvg.Count, s.ExpInf.Count]),
        "Lion" => With(new Lion<double>([p]), s => [s.ExpAvg.Count]),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "unknown optimizer"),
    };

    private static int[] AdamLengths(AdamState<double> s) => [s.ExpAvg.Count, s.ExpAvgSq.Count, s.MaxExpAvgSq.Count];

    private static (IOptimizer, Func<int[]?>) With<TState>(Optimizer<double, TState> optimizer, Func<TState, int[]> lengths)
        where TState : class =>
        (optimizer, () => optimizer.StateOf(optimizer.Parameters.Single()) is { } state ? lengths(state) : null);

    private static (IOptimizer, Func<int[]?>) RmsProp(Parameter<double> p, RmsPropOptions options) =>
        With(new RmsProp<double>([p], options), s => [s.SquareAverage.Count, s.GradientAverage.Count, s.Velocity.Count]);
}
