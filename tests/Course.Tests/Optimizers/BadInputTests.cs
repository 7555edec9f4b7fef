using Course.Optimizers;

namespace Course.Tests.Optimizers;

public sealed class BadInputTests
{
    private static readonly Dictionary<string, (Action Create, string Argument, string Range)> Cases = new()
    {
        ["negative learning rate"] = (() => new Sgd<double>(One(), new SgdOptions(LearningRate: -0.1)), "LearningRate", "≥ 0"),
        ["NaN learning rate"] = (() => new Adam<double>(One(), new AdamOptions(LearningRate: double.NaN)), "LearningRate", "≥ 0"),
        ["negative group learning rate"] = (() => new ParameterGroup<double>(One(), learningRate: -1), "learningRate", "≥ 0"),
        ["negative group weight decay"] = (() => new ParameterGroup<double>(One(), weightDecay: -1), "weightDecay", "≥ 0"),
        ["negative learning rate set by a schedule"] = (() => new Sgd<double>(One()).Groups[0].LearningRate = -1, "LearningRate", "≥ 0"),
        ["negative momentum"] = (() => new Sgd<double>(One(), new SgdOptions(Momentum: -0.9)), "Momentum", "≥ 0"),
        ["NaN momentum"] = (() => new Sgd<double>(One(), new SgdOptions(Momentum: double.NaN)), "Momentum", "≥ 0"),
        ["RMSprop negative momentum"] = (() => new RmsProp<double>(One(), new RmsPropOptions(Momentum: -1)), "Momentum", "≥ 0"),
        ["nesterov without momentum"] = (() => new Sgd<double>(One(), new SgdOptions(Nesterov: true)), "Nesterov", "Momentum > 0"),
        ["dampening with nesterov"] = (() => new Sgd<double>(One(), new SgdOptions(Momentum: 0.9, Dampening: 0.1, Nesterov: true)), "Dampening", "Dampening = 0"),
        ["dampening above one"] = (() => new Sgd<double>(One(), new SgdOptions(Momentum: 0.9, Dampening: 1.5)), "Dampening", "[0, 1]"),
        ["negative weight decay"] = (() => new AdamW<double>(One(), new AdamWOptions(WeightDecay: -0.01)), "WeightDecay", "≥ 0"),
        ["infinite weight decay"] = (() => new Adam<double>(One(), new AdamOptions(WeightDecay: double.PositiveInfinity)), "WeightDecay", "≥ 0"),
        ["beta1 equal to one"] = (() => new Adam<double>(One(), new AdamOptions(Beta1: 1.0)), "Beta1", "[0, 1)"),
        ["beta1 negative"] = (() => new AdamW<double>(One(), new AdamWOptions(Beta1: -0.1)), "Beta1", "[0, 1)"),
        ["beta2 above one"] = (() => new Adam<double>(One(), new AdamOptions(Beta2: 1.5)), "Beta2", "[0, 1)"),
        ["beta2 NaN"] = (() => new NAdam<double>(One(), new NAdamOptions(Beta2: double.NaN)), "Beta2", "[0, 1)"),
        ["RAdam beta2 equal to one"] = (() => new RAdam<double>(One(), new RAdamOptions(Beta2: 1.0)), "Beta2", "[0, 1)"),
        ["RAdam eps zero"] = (() => new RAdam<double>(One(), new RAdamOptions(Eps: 0)), "Eps", "> 0"),
        ["Adamax beta1 negative"] = (() => new Adamax<double>(One(), new AdamaxOptions(Beta1: -0.5)), "Beta1", "[0, 1)"),
        ["Adamax negative eps"] = (() => new Adamax<double>(One(), new AdamaxOptions(Eps: -1e-8)), "Eps", "> 0"),
        ["Lion beta1 equal to one"] = (() => new Lion<double>(One(), new LionOptions(Beta1: 1.0)), "Beta1", "[0, 1)"),
        ["Lion beta2 NaN"] = (() => new Lion<double>(One(), new LionOptions(Beta2: double.NaN)), "Beta2", "[0, 1)"),
        ["eps zero"] = (() => new Adam<double>(One(), new AdamOptions(Eps: 0)), "Eps", "> 0"),
        ["eps negative"] = (() => new Adagrad<double>(One(), new AdagradOptions(Eps: -1e-10)), "Eps", "> 0"),
        ["eps NaN"] = (() => new RmsProp<double>(One(), new RmsPropOptions(Eps: double.NaN)), "Eps", "> 0"),
        ["AdamW eps zero"] = (() => new AdamW<double>(One(), new AdamWOptions(Eps: 0)), "Eps", "> 0"),
        ["NAdam eps zero"] = (() => new NAdam<double>(One(), new NAdamOptions(Eps: 0)), "Eps", "> 0"),
        ["alpha equal to one"] = (() => new RmsProp<double>(One(), new RmsPropOptions(Alpha: 1.0)), "Alpha", "[0, 1)"),
        ["negative lr_decay"] = (() => new Adagrad<double>(One(), new AdagradOptions(LearningRateDecay: -0.1)), "LearningRateDecay", "≥ 0"),
        ["negative initial accumulator"] = (() => new Adagrad<double>(One(), new AdagradOptions(InitialAccumulatorValue: -1)), "InitialAccumulatorValue", "≥ 0"),
        ["negative momentum decay"] = (() => new NAdam<double>(One(), new NAdamOptions(MomentumDecay: -1)), "MomentumDecay", "≥ 0"),
        ["gradient shorter than value"] = (() => _ = new Parameter<double>("w", [1.0, 2.0], [1.0]), "gradient", "exactly 2 entries"),
        ["gradient longer than value"] = (() => _ = new Parameter<float>("w", [1f], [1f, 2f]), "gradient", "exactly 1 entries"),
    };

    public static TheoryData<string> CaseNames => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Is_rejected_with_an_exception_naming_the_argument_and_its_valid_range(string caseName)
    {
        var (create, argument, range) = Cases[caseName];
        var exception = Assert.ThrowsAny<ArgumentException>(create);
        Assert.Equal(argument, exception.ParamName);
        Assert.Contains(range, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_parameter_in_two_groups_is_rejected()
    {
        var p = new Parameter<double>("w", [1.0]);
        var exception = Assert.Throws<ArgumentException>(() => new Adam<double>([new ParameterGroup<double>([p]), new ParameterGroup<double>([p])]));
        Assert.Equal("groups", exception.ParamName);
    }

    private static Parameter<double>[] One() => [new("w", [1.0])];
}
