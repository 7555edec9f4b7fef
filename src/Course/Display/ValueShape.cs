using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace Course.Display;

/// <summary>What kind of value a table cell or row holds, and the named members of objects, read by reflection once per type.</summary>
internal static class ValueShape
{
    private static readonly ConcurrentDictionary<Type, IReadOnlyList<Member>> MembersByType = new();

    /// <summary>A number, text, truth value, enum, date or other value shown as one word.</summary>
    public static bool IsScalar(object? value) =>
        value is null or string or char or bool or Enum or DateTime or DateTimeOffset or TimeSpan or Guid || NumberText.IsNumber(value);

    /// <summary>A sequence other than text.</summary>
    public static bool IsSequence(object? value) => value is IEnumerable and not string;

    /// <summary>A record or anonymous object, whose members (not its <c>ToString</c>) say what it is.</summary>
    public static bool IsRecordLike(Type type) =>
        type.GetMethod("PrintMembers", BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public, [typeof(System.Text.StringBuilder)]) is not null
        || (type.IsDefined(typeof(CompilerGeneratedAttribute), inherit: false) && type.Name.Contains("AnonymousType", StringComparison.Ordinal));

    /// <summary>
    /// Whether a value of <paramref name="type"/> reads best as a table row: a record or anonymous object, or
    /// any type outside the framework without its own <c>ToString</c> that has public members.
    /// </summary>
    public static bool IsTableRow(Type type) =>
        IsRecordLike(type)
        || (type.Namespace?.StartsWith("System", StringComparison.Ordinal) != true
            && type.GetMethod(nameof(ToString), Type.EmptyTypes)?.DeclaringType is { } declaring
            && (declaring == typeof(object) || declaring == typeof(ValueType))
            && MembersOf(type).Count > 0);

    /// <summary>The public instance properties (without indexers) and fields of <paramref name="type"/>, in declaration order.</summary>
    public static IReadOnlyList<Member> MembersOf(Type type) => MembersByType.GetOrAdd(type, static t =>
    {
        var properties = t.GetProperties(BindingFlags.Instance | BindingFlags.Public)
            .Where(p => p.GetMethod is not null && p.GetIndexParameters().Length == 0)
            .Select(p => (Token: p.MetadataToken, Member: new Member(p.Name, p.GetValue)));
        var fields = t.GetFields(BindingFlags.Instance | BindingFlags.Public)
            .Select(f => (Token: f.MetadataToken, Member: new Member(f.Name, f.GetValue)));
        return [.. properties.Concat(fields).OrderBy(m => m.Token).Select(m => m.Member)];
    });

    /// <summary>The named values of <paramref name="value"/>: a tuple's items, else its public members.</summary>
    public static IEnumerable<(string Name, object? Value)> NamedValues(object value)
    {
        if (value is ITuple tuple)
        {
            for (var i = 0; i < tuple.Length; i++)
            {
                yield return ($"Item{i + 1}", tuple[i]);
            }

            yield break;
        }

        foreach (var member in MembersOf(value.GetType()))
        {
            yield return (member.Name, member.Read(value));
        }
    }

    /// <summary>A readable member of a type.</summary>
    /// <param name="Name">Its name.</param>
    /// <param name="Get">Reads it from an instance.</param>
    public sealed record Member(string Name, Func<object?, object?> Get)
    {
        /// <summary>The member's value, or the name of the exception reading it threw.</summary>
        public object? Read(object instance)
        {
            try
            {
                return Get(instance);
            }
            catch (TargetInvocationException e)
            {
                return $"<{e.InnerException?.GetType().Name ?? e.GetType().Name}>";
            }
        }
    }
}
