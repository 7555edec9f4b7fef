using Microsoft.DotNet.Interactive.Formatting;

namespace Course.Display;

/// <summary>
/// Hands a value to the formatter Microsoft.DotNet.Interactive.Formatting would have used had the course not
/// registered one for <see cref="object"/>: the built-in formatter whose type is nearest the value's.
/// (A registered formatter always wins over the built-in ones, so the course's object formatter passes
/// every value it does not lay out as a table on to them.)
/// </summary>
internal static class DefaultFormatters
{
    private const int InterfaceDistance = 1_000;

    public static void Format(object value, FormatContext context, string mimeType)
    {
        var registered = Formatter.RegisteredFormatters(includeDefaults: false).Count();
        var type = value.GetType();
        var candidates = Formatter.RegisteredFormatters(includeDefaults: true)
            .Skip(registered)
            .Where(f => f.MimeType == mimeType && Applies(f.Type, type))
            .OrderBy(f => Distance(f.Type, type));
        foreach (var formatter in candidates)
        {
            if (formatter.Format(value, context))
            {
                return;
            }
        }
    }

    private static bool Applies(Type formatterType, Type type) =>
        formatterType.IsAssignableFrom(type)
        || (formatterType.IsGenericTypeDefinition && type.IsGenericType && type.GetGenericTypeDefinition() == formatterType);

    private static int Distance(Type formatterType, Type type)
    {
        if (formatterType == typeof(object))
        {
            return int.MaxValue;
        }

        if (formatterType.IsInterface)
        {
            return InterfaceDistance;
        }

        var steps = 0;
        for (var t = type; t is not null; t = t.BaseType, steps++)
        {
            if (t == formatterType || (t.IsGenericType && t.GetGenericTypeDefinition() == formatterType))
            {
                return steps;
            }
        }

        return InterfaceDistance - 1;
    }
}
