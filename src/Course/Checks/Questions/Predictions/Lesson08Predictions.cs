using Course.Checks.Quizzes;

namespace Course.Checks.Questions.Predictions;

/// <summary>Predictions of lesson 08, asked before the decay-per-weight chart and the momentum experiment.</summary>
internal static class Lesson08Predictions
{
    /// <summary>The prediction questions of lesson 08.</summary>
    public static IEnumerable<Question> Questions =>
    [
        new MultipleChoiceQuestion(
            "08-predict-decay-by-scale",
            "Five weights get noise gradients of typical sizes 10⁻³ to 10. With Adam + L2 (weight_decay) and with AdamW, how much does weight decay shrink each weight per step?",
            [
                new('a', "Both shrink every weight by the same ηλ per step.",
                    "That is AdamW. In Adam with L2 the decay term λθ is part of the gradient, so it is divided by √v̂ like the rest of it."),
                new('b', "AdamW shrinks each by ηλ; Adam + L2 shrinks the weights with small gradients much more and those with large gradients much less.", null),
                new('c', "AdamW shrinks each by ηλ; Adam + L2 shrinks the weights with large gradients more.",
                    "Large gradients make √v̂ large, and λθ is divided by it: the decay of those weights is shrunk, not enlarged."),
                new('d', "Neither shrinks anything: Adam's normalisation cancels weight decay.",
                    "AdamW applies the decay outside the normalisation, so it is not cancelled; Adam + L2 normalises it, unevenly."),
            ],
            'b',
            "Adam divides the whole gradient, λθ included, by √v̂: where the gradients are tiny λθ dominates and is blown up towards a full step of size η, where they are large it is divided away. AdamW multiplies θ by 1 − ηλ outside the normalisation."),

        new MultipleChoiceQuestion(
            "08-predict-momentum-l2",
            "SGD with momentum μ = 0.9: L2 (λθ added to the gradient) against decoupled decay with the same λ. How do their decays compare in the long run?",
            [
                new('a', "They are the same, as they are for plain SGD.",
                    "Without momentum they are; with momentum the λθ term enters the velocity and is summed over about 1/(1 − μ) steps."),
                new('b', "L2 decays about ten times harder.", null),
                new('c', "L2 decays about ten times less.",
                    "The velocity amplifies a steady term by 1/(1 − μ), it does not damp it."),
            ],
            'b',
            "The decay term is steady, so momentum accumulates it like any steady gradient, multiplying it by about 1/(1 − μ) = 10; decoupled decay bypasses the velocity."),
    ];
}
