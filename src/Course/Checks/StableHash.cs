namespace Course.Checks;

/// <summary>
/// A string hash that is the same in every process and on every machine (FNV-1a), unlike
/// <see cref="string.GetHashCode()"/>; used to seed per-question and per-exercise random numbers.
/// </summary>
internal static class StableHash
{
    /// <summary>The 31-bit FNV-1a hash of <paramref name="text"/>.</summary>
    public static int Of(string text)
    {
        unchecked
        {
            var hash = 2166136261u;
            foreach (var c in text)
            {
                hash = (hash ^ c) * 16777619u;
            }

            return (int)(hash & 0x7FFFFFFF);
        }
    }
}
