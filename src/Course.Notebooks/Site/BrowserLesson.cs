using Course.Notebooks.Ipynb;

namespace Course.Notebooks.Site;

/// <summary>One lesson of the in-browser course: the notebook a learner edits and runs on its page.</summary>
/// <param name="Slug">The page's file name without <c>.html</c> (the notebook's file name without <c>.ipynb</c>).</param>
/// <param name="Notebook">The lesson as the learner starts it (the student version: nothing solved, no outputs).</param>
public sealed record BrowserLesson(string Slug, Notebook Notebook);
