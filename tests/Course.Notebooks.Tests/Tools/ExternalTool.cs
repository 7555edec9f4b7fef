namespace Course.Notebooks.Tests.Tools;

/// <summary>Skips a test whose external tool is missing, except in CI (COURSE_REQUIRE_TOOLS=1), where it fails.</summary>
internal static class ExternalTool
{
    public static void Missing(string reason)
    {
        if (Environment.GetEnvironmentVariable("COURSE_REQUIRE_TOOLS") == "1")
        {
            Assert.Fail($"{reason} (COURSE_REQUIRE_TOOLS=1, so a missing tool is a failure).");
        }

        Assert.Skip(reason);
    }
}
