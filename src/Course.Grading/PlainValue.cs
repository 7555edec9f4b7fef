using System.Numerics;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Course.Grading;

/// <summary>
/// Evaluates a bound quiz answer argument on the trusted side when it is a plain value: a constant (C# has already
/// folded literals, casts and arithmetic on them), a <c>System.Math</c> call on plain values, arithmetic and
/// numeric conversions of those, or an array of them (a <c>params</c> ordering). Anything else — a variable, a
/// lambda, a call to the learner's code — is refused. Arithmetic follows C#: integer division truncates,
/// <c>float</c> rounds to single precision.
/// </summary>
public static class PlainValue
{
    /// <summary>How deep an operation tree is followed (the reader has already bounded the syntax's depth).</summary>
    private const int MaxDepth = 64;

    /// <summary>The value of <paramref name="operation"/>.</summary>
    /// <param name="operation">A bound argument value.</param>
    /// <exception cref="PlainValueException">The value is not plain.</exception>
    public static object? Evaluate(IOperation operation) => Evaluate(operation, 0);

    /// <summary>The runtime type for a parameter or value type the grader can carry, or <see langword="null"/>.</summary>
    /// <param name="type">A Roslyn type.</param>
    public static Type? ClrType(ITypeSymbol type) => type switch
    {
        IArrayTypeSymbol { Rank: 1 } array => ClrType(array.ElementType)?.MakeArrayType(),
        _ => type.SpecialType switch
        {
            SpecialType.System_String => typeof(string),
            SpecialType.System_Char => typeof(char),
            SpecialType.System_Boolean => typeof(bool),
            SpecialType.System_Double => typeof(double),
            SpecialType.System_Single => typeof(float),
            SpecialType.System_Int32 => typeof(int),
            SpecialType.System_Int64 => typeof(long),
            SpecialType.System_Decimal => typeof(decimal),
            _ => null,
        },
    };

    private static object? Evaluate(IOperation operation, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new PlainValueException("The answer is nested too deeply to be a plain value.");
        }

        if (operation.ConstantValue.HasValue)
        {
            return operation.ConstantValue.Value;
        }

        return operation switch
        {
            IConversionOperation { Conversion.IsIdentity: true } c => Evaluate(c.Operand, depth + 1),
            IConversionOperation { Conversion.IsNumeric: true } c => Convert(Evaluate(c.Operand, depth + 1), c.Type!),
            IInvocationOperation { Instance: null } i when i.TargetMethod.ContainingType.ToDisplayString() is "System.Math" or "System.MathF" => Call(i, depth),
            IBinaryOperation { OperatorMethod: null } b => Arithmetic(b.OperatorKind, Evaluate(b.LeftOperand, depth + 1), Evaluate(b.RightOperand, depth + 1), b.Type!),
            IUnaryOperation { OperatorMethod: null, OperatorKind: UnaryOperatorKind.Minus } u => Arithmetic(BinaryOperatorKind.Subtract, Convert(0, u.Type!), Evaluate(u.Operand, depth + 1), u.Type!),
            IUnaryOperation { OperatorMethod: null, OperatorKind: UnaryOperatorKind.Plus } u => Evaluate(u.Operand, depth + 1),
            IArrayCreationOperation { Initializer: { } initializer } a when ClrType(((IArrayTypeSymbol)a.Type!).ElementType) is { } element => Array(element, initializer, depth),
            _ => throw new PlainValueException($"The answer {Shorten(operation.Syntax.ToString())} is not a plain value (a literal, arithmetic or Math.*)."),
        };
    }

    private static Array Array(Type element, IArrayInitializerOperation initializer, int depth)
    {
        var values = System.Array.CreateInstance(element, initializer.ElementValues.Length);
        for (var i = 0; i < values.Length; i++)
        {
            values.SetValue(Evaluate(initializer.ElementValues[i], depth + 1), i);
        }

        return values;
    }

    private static object? Call(IInvocationOperation invocation, int depth)
    {
        var types = invocation.TargetMethod.Parameters.Select(p => ClrType(p.Type)).ToArray();
        var owner = invocation.TargetMethod.ContainingType.Name == nameof(MathF) ? typeof(MathF) : typeof(Math);
        var method = types.All(t => t is not null) ? owner.GetMethod(invocation.TargetMethod.Name, BindingFlags.Public | BindingFlags.Static, [.. types!]) : null;
        if (method is null || ClrType(invocation.TargetMethod.ReturnType) is null)
        {
            throw new PlainValueException($"The answer uses {invocation.TargetMethod.ToDisplayString()}, which the grader does not evaluate.");
        }

        var arguments = new object?[types.Length];
        foreach (var argument in invocation.Arguments)
        {
            arguments[argument.Parameter!.Ordinal] = Evaluate(argument.Value, depth + 1);
        }

        try
        {
            return method.Invoke(null, arguments);
        }
        catch (TargetInvocationException e) when (e.InnerException is ArithmeticException or ArgumentException)
        {
            throw new PlainValueException($"The answer {Shorten(invocation.Syntax.ToString())} cannot be computed: {e.InnerException.Message}");
        }
    }

    private static object Arithmetic(BinaryOperatorKind kind, object? left, object? right, ITypeSymbol type)
    {
        try
        {
            return (type.SpecialType, left, right) switch
            {
                (SpecialType.System_Double, double l, double r) => Apply(kind, l, r),
                (SpecialType.System_Single, float l, float r) => Apply(kind, l, r),
                (SpecialType.System_Int32, int l, int r) => Apply(kind, l, r),
                (SpecialType.System_Int64, long l, long r) => Apply(kind, l, r),
                (SpecialType.System_Decimal, decimal l, decimal r) => Apply(kind, l, r),
                _ => Unsupported(kind),
            };
        }
        catch (ArithmeticException e)
        {
            throw new PlainValueException($"The answer cannot be computed: {e.Message}");
        }
    }

    /// <summary>
    /// <paramref name="l"/> op <paramref name="r"/> in <typeparamref name="T"/>'s own arithmetic, as C# computes it: integers
    /// wrap and truncate, <c>float</c> rounds to single precision, division by an integer zero throws.
    /// </summary>
    private static object Apply<T>(BinaryOperatorKind kind, T l, T r)
        where T : INumber<T> => kind switch
    {
        BinaryOperatorKind.Add => l + r,
        BinaryOperatorKind.Subtract => l - r,
        BinaryOperatorKind.Multiply => l * r,
        BinaryOperatorKind.Divide => l / r,
        BinaryOperatorKind.Remainder => l % r,
        _ => Unsupported(kind),
    };

    private static object Convert(object? value, ITypeSymbol type)
    {
        try
        {
            return ConvertNumber(value, type);
        }
        catch (Exception e) when (e is InvalidCastException or OverflowException)
        {
            throw new PlainValueException($"The grader does not convert {value ?? "null"} to {type.ToDisplayString()}.");
        }
    }

    private static object ConvertNumber(object? value, ITypeSymbol type) => (type.SpecialType, value) switch
    {
        (SpecialType.System_Double, float f) => (double)f,
        (SpecialType.System_Double, IConvertible c) => c.ToDouble(System.Globalization.CultureInfo.InvariantCulture),
        (SpecialType.System_Single, double d) => (float)d,
        (SpecialType.System_Single, IConvertible c) => (float)c.ToDouble(System.Globalization.CultureInfo.InvariantCulture),
        (SpecialType.System_Int32, double d) => unchecked((int)d),
        (SpecialType.System_Int32, float f) => unchecked((int)f),
        (SpecialType.System_Int32, long l) => unchecked((int)l),
        (SpecialType.System_Int32, int i) => i,
        (SpecialType.System_Int64, double d) => unchecked((long)d),
        (SpecialType.System_Int64, float f) => unchecked((long)f),
        (SpecialType.System_Int64, IConvertible c) => c.ToInt64(System.Globalization.CultureInfo.InvariantCulture),
        (SpecialType.System_Decimal, double d) => (decimal)d,
        (SpecialType.System_Decimal, IConvertible c) => c.ToDecimal(System.Globalization.CultureInfo.InvariantCulture),
        _ => throw new PlainValueException($"The grader does not convert {value ?? "null"} to {type.ToDisplayString()}."),
    };

    private static object Unsupported(BinaryOperatorKind kind) =>
        throw new PlainValueException($"The operator {kind} is not part of a plain value.");

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "…";
}
