using Course.Checks.Quizzes;

namespace Course.Checks.Questions;

/// <summary>Knowledge checks of lesson 00, start here: what an optimizer does and how checks work.</summary>
internal static class Lesson00StartHere
{
    /// <summary>The questions of lesson 00.</summary>
    public static IEnumerable<Question> Questions =>
    [
        new MultipleChoiceQuestion(
            "00-optimizer-job",
            "Backpropagation has just given you the gradient of the loss for every parameter. What is left for the optimizer to decide?",
            [
                new('a', "Which loss function the network should minimise.",
                    "The loss is chosen before training and is what the gradient was computed from; the optimizer takes it as given."),
                new('b', "How to turn the gradient into a change of the parameters: which direction and how far to move.", null),
                new('c', "How to compute the gradient more accurately.",
                    "Computing the gradient is backpropagation's job, which is already done at this point."),
            ],
            'b',
            "The gradient says which way is uphill locally; an update rule decides the actual move. Every lesson in the course is a different answer to that one question."),

        new TrueFalseQuestion(
            "00-small-step-downhill",
            "For a smooth loss and a small enough step, moving the parameters a little in the direction of the negative gradient lowers the loss.",
            true,
            "To first order, f(w − ηg) ≈ f(w) − η‖g‖², which is below f(w) whenever g ≠ 0 and η is small enough.",
            "It is tempting to doubt it because large steps can increase the loss — but that is a statement about large steps, not small ones."),

        new OrderingQuestion(
            "00-training-loop-order",
            "Put the four parts of one training iteration in the order a training loop performs them.",
            [
                "Clear the gradients left from the previous iteration",
                "Forward pass: compute the loss on a mini-batch",
                "Backward pass: compute the gradient of the loss",
                "Optimizer step: update the parameters",
            ],
            "Gradients accumulate unless cleared; the loss must exist before it can be differentiated; the optimizer needs the fresh gradient. PyTorch writes this as zero_grad(), loss = …, loss.backward(), step()."),

        new MultipleChoiceQuestion(
            "00-where-the-key-lives",
            "Where is the answer key for the knowledge checks in these notebooks?",
            [
                new('a', "In a hidden cell at the end of each notebook.",
                    "Anything stored in the notebook would travel with it to every learner; a hidden cell is only hidden in the editor."),
                new('b', "In the notebook's metadata.",
                    "Metadata is part of the .ipynb file too, readable by anyone who opens it as JSON."),
                new('c', "Compiled into the course library; the notebook holds only your answer.", null),
            ],
            'c',
            "A check cell names a question and passes your answer to the library, which grades it. That is also why a grader can re-run your notebook with its own copy of the checks."),
    ];
}
