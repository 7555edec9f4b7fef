using System.Text.RegularExpressions;

namespace Course.Kernel.Specs;

/// <summary>Checks kernelspec names the way Jupyter does (ASCII letters, digits, <c>.</c>, <c>_</c> and <c>-</c>).</summary>
public static partial class KernelSpecName
{
    /// <summary>Returns <paramref name="name"/> if it is a valid kernelspec name.</summary>
    /// <param name="name">The name to check.</param>
    /// <exception cref="ArgumentException">The name is empty or has other characters.</exception>
    public static string Checked(string name)
    {
        if (string.IsNullOrEmpty(name) || !Valid().IsMatch(name))
        {
            throw new ArgumentException(
                $"kernelspec name \"{name}\" is invalid: use only ASCII letters, digits, '.', '_' and '-'.",
                nameof(name));
        }

        return name;
    }

    [GeneratedRegex("^[A-Za-z0-9._-]+$")]
    private static partial Regex Valid();
}
