using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Course.Grading.Tests.Grading;

/// <summary>
/// The trusted side's evaluation of plain quiz answers against C# itself: each expression is compiled into this test
/// (the runtime computes the expected value) and bound by Roslyn for <see cref="PlainValue"/>, which must agree to the
/// bit — integer division truncates, integers wrap, float rounds to single precision, decimal stays decimal.
/// </summary>
public sealed class PlainValueTests
{
    private static readonly int One = (int)Math.Abs(1.0);

    public static TheoryData<string, object> Expressions() => new()
    {
        { "(int)Math.Sqrt(50) / 3", (int)Math.Sqrt(50) / 3 },
        { "(int)Math.Sqrt(50) % 4", (int)Math.Sqrt(50) % 4 },
        { "int.MaxValue + (int)Math.Abs(1.0)", unchecked(int.MaxValue + One) },
        { "(long)Math.Pow(2, 40) * 3 - 7", ((long)Math.Pow(2, 40) * 3) - 7 },
        { "(float)Math.Sqrt(2) * 3f / 7f", (float)Math.Sqrt(2) * 3f / 7f },
        { "MathF.Sqrt(2f) + 0.1f", MathF.Sqrt(2f) + 0.1f },
        { "(decimal)Math.Sqrt(2) / 3m", (decimal)Math.Sqrt(2) / 3m },
        { "-Math.Log(0.5) * 2 % 0.3", -Math.Log(0.5) * 2 % 0.3 },
        { "(double)(float)Math.PI", (double)(float)Math.PI },
    };

    [Theory]
    [MemberData(nameof(Expressions))]
    public void A_plain_answer_has_the_value_csharp_gives_it(string expression, object expected) =>
        Assert.Equal(expected, PlainValue.Evaluate(Bind(expression)));

    [Fact]
    public void An_integer_division_by_zero_is_refused_with_a_reason() =>
        Assert.Contains("cannot be computed", Assert.Throws<PlainValueException>(() => PlainValue.Evaluate(Bind("(int)Math.Abs(1.0) / 0"))).Message, StringComparison.Ordinal);

    private static IOperation Bind(string expression)
    {
        var tree = CSharpSyntaxTree.ParseText($"using System; class C {{ object M() => {expression}; }}");
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p) is "System.Private.CoreLib.dll" or "System.Runtime.dll")
            .Select(p => MetadataReference.CreateFromFile(p));
        var compilation = CSharpCompilation.Create("plain", [tree], references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var value = tree.GetRoot().DescendantNodes().OfType<ArrowExpressionClauseSyntax>().Single().Expression;
        var operation = compilation.GetSemanticModel(tree).GetOperation(value)!;
        return operation is IConversionOperation { Type.SpecialType: SpecialType.System_Object } boxing ? boxing.Operand : operation;
    }
}
