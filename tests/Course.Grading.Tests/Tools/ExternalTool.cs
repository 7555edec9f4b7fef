namespace Course.Grading.Tests.Tools;

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

    /// <summary>The bubblewrap sandbox; skips (fails in CI) when bubblewrap is not installed.</summary>
    public static Sandbox Bubblewrap()
    {
        if (Sandbox.Bubblewrap is { } sandbox)
        {
            return sandbox;
        }

        Missing("bubblewrap (bwrap) is not installed: apt-get install bubblewrap");
        throw new InvalidOperationException("unreachable");
    }
}
