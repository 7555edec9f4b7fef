using Microsoft.CodeAnalysis;

namespace Course.Notebooks.Execution;

/// <summary>Names a symbol's kind the way Jupyter front ends label completions (a cell's top-level variables and methods are members of the script class: <c>variable</c> and <c>function</c>).</summary>
internal static class SymbolKinds
{
    public static string Of(ISymbol symbol) => symbol switch
    {
        IMethodSymbol { MethodKind: MethodKind.LocalFunction } or IMethodSymbol { ContainingType.IsScriptClass: true } => "function",
        IMethodSymbol => "method",
        INamedTypeSymbol { TypeKind: TypeKind.Interface } => "interface",
        INamedTypeSymbol { TypeKind: TypeKind.Enum } => "enum",
        INamedTypeSymbol => "class",
        INamespaceSymbol => "module",
        IPropertySymbol => "property",
        IFieldSymbol { ContainingType.TypeKind: TypeKind.Enum } => "enum member",
        IFieldSymbol { ContainingType.IsScriptClass: true } => "variable",
        IFieldSymbol => "field",
        IEventSymbol => "event",
        IParameterSymbol => "param",
        ITypeParameterSymbol => "type parameter",
        _ => "variable",
    };
}
