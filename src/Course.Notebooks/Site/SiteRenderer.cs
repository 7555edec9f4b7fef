using System.Text;

namespace Course.Notebooks.Site;

/// <summary>
/// Writes the course's static site: an index listing every lesson of the course, and one page per lesson
/// run with its Markdown (math drawn by KaTeX), highlighted code and outputs (charts drawn live). Pages of
/// lessons not run this time are left as they are, so running one lesson keeps the rest of the site.
/// Every file a page needs is written beside it, so the site works opened from disk with no internet.
/// </summary>
public static class SiteRenderer
{
    /// <summary>Writes the site.</summary>
    /// <param name="outline">The whole course, for the index and the navigation.</param>
    /// <param name="lessons">The lessons run this time, whose pages are (re)written.</param>
    /// <param name="outputDirectory">The site's folder; created if missing.</param>
    /// <param name="plotlyScript">plotly.js, written once as <c>plotly.min.js</c> for every page's charts.</param>
    public static void Render(CourseOutline outline, IReadOnlyList<SiteLesson> lessons, string outputDirectory, string plotlyScript)
    {
        ArgumentNullException.ThrowIfNull(outline);
        ArgumentNullException.ThrowIfNull(lessons);
        ArgumentNullException.ThrowIfNull(plotlyScript);
        Directory.CreateDirectory(outputDirectory);
        SiteAssets.CopyTo(outputDirectory);
        File.WriteAllText(Path.Combine(outputDirectory, "plotly.min.js"), plotlyScript, Encoding.UTF8);
        var runs = lessons.ToDictionary(l => l.Slug, l => l.Run, StringComparer.Ordinal);
        bool HasPage(OutlineLesson lesson) => runs.ContainsKey(lesson.Slug) || File.Exists(Path.Combine(outputDirectory, lesson.PageName));
        File.WriteAllText(Path.Combine(outputDirectory, "index.html"), IndexPage.Render(outline, runs, HasPage), Encoding.UTF8);
        foreach (var lesson in lessons)
        {
            File.WriteAllText(Path.Combine(outputDirectory, lesson.Slug + ".html"), LessonPage.Render(lesson, outline, HasPage), Encoding.UTF8);
        }
    }
}
