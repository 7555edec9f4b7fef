using System.Numerics;
using Course.Optimizers;

namespace Course.Benchmarks;

/// <summary>The optimizer steps the benchmark times: every variant the course teaches, with its options.</summary>
public enum StepVariant
{
    /// <summary>Plain SGD.</summary>
    Sgd,

    /// <summary>SGD with momentum 0.9.</summary>
    SgdMomentum,

    /// <summary>SGD with Nesterov momentum 0.9.</summary>
    SgdNesterov,

    /// <summary>SGD with momentum 0.9 and dampening 0.1.</summary>
    SgdDampening,

    /// <summary>AdaGrad.</summary>
    Adagrad,

    /// <summary>RMSprop.</summary>
    RmsProp,

    /// <summary>Lion with weight decay 0.1.</summary>
    Lion,

    /// <summary>Centered RMSprop.</summary>
    RmsPropCentered,

    /// <summary>RMSprop with momentum 0.9.</summary>
    RmsPropMomentum,

    /// <summary>Adam.</summary>
    Adam,

    /// <summary>AdamW.</summary>
    AdamW,

    /// <summary>NAdam.</summary>
    NAdam,

    /// <summary>RAdam.</summary>
    RAdam,

    /// <summary>Adamax.</summary>
    Adamax,

    /// <summary>Centered RMSprop with momentum 0.9.</summary>
    RmsPropCenteredMomentum,
}

/// <summary>Builds the optimizer a <see cref="StepVariant"/> names.</summary>
public static class StepVariants
{
    /// <summary>The optimizer <paramref name="variant"/> names, over the one <paramref name="parameter"/>.</summary>
    /// <typeparam name="T"><see cref="float"/> or <see cref="double"/>.</typeparam>
    public static IOptimizer Create<T>(this StepVariant variant, Parameter<T> parameter)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        Parameter<T>[] parameters = [parameter];
        return variant switch
        {
            StepVariant.Sgd => new Sgd<T>(parameters, new SgdOptions(LearningRate: 1e-3)),
            StepVariant.SgdMomentum => new Sgd<T>(parameters, new SgdOptions(LearningRate: 1e-3, Momentum: 0.9)),
            StepVariant.SgdNesterov => new Sgd<T>(parameters, new SgdOptions(LearningRate: 1e-3, Momentum: 0.9, Nesterov: true)),
            StepVariant.SgdDampening => new Sgd<T>(parameters, new SgdOptions(LearningRate: 1e-3, Momentum: 0.9, Dampening: 0.1)),
            StepVariant.Adagrad => new Adagrad<T>(parameters),
            StepVariant.RmsProp => new RmsProp<T>(parameters),
            StepVariant.Lion => new Lion<T>(parameters, new LionOptions(WeightDecay: 0.1)),
            StepVariant.RmsPropCentered => new RmsProp<T>(parameters, new RmsPropOptions(Centered: true)),
            StepVariant.RmsPropMomentum => new RmsProp<T>(parameters, new RmsPropOptions(Momentum: 0.9)),
            StepVariant.Adam => new Adam<T>(parameters),
            StepVariant.AdamW => new AdamW<T>(parameters),
            StepVariant.NAdam => new NAdam<T>(parameters),
            StepVariant.RAdam => new RAdam<T>(parameters),
            StepVariant.Adamax => new Adamax<T>(parameters),
            StepVariant.RmsPropCenteredMomentum => new RmsProp<T>(parameters, new RmsPropOptions(Momentum: 0.9, Centered: true)),
            _ => throw new ArgumentOutOfRangeException(nameof(variant), variant, "Not a step variant."),
        };
    }
}
