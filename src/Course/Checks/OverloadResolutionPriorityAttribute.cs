#if !NET9_0_OR_GREATER
namespace System.Runtime.CompilerServices;

/// <summary>
/// Polyfill of .NET 9's attribute for net8.0: the C# 13+ compiler prefers the overload with the higher
/// priority when overloads are otherwise ambiguous. <see cref="Course.Checks.Exercise"/> needs it because
/// <see cref="Course.Checks.MomentumStep"/> and <see cref="Course.Checks.AdagradStep"/> have the same shape.
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Constructor | AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
internal sealed class OverloadResolutionPriorityAttribute(int priority) : Attribute
{
    /// <summary>The priority; higher wins.</summary>
    public int Priority { get; } = priority;
}
#endif
