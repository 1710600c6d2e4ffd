namespace LeanIX.Emulator.Rest.Integrations.Expressions;

/// <summary>The parsed form of one <c>${…}</c> expression (a small JUEL subset, D42).</summary>
public abstract record ExpressionNode;

/// <summary>A string, number, boolean or null literal.</summary>
public sealed record LiteralNode(object? Value) : ExpressionNode;

/// <summary>A root name: <c>content</c>, <c>data</c>, <c>header</c>, <c>variables</c>, <c>integration</c>, <c>lx</c>.</summary>
public sealed record NameNode(string Name) : ExpressionNode;

/// <summary><c>target.member</c>.</summary>
public sealed record MemberNode(ExpressionNode Target, string Member) : ExpressionNode;

/// <summary><c>target[index]</c>: a list index or a map key.</summary>
public sealed record IndexNode(ExpressionNode Target, ExpressionNode Index) : ExpressionNode;

/// <summary><c>target.method(args)</c>.</summary>
public sealed record MethodCallNode(ExpressionNode Target, string Method, IReadOnlyList<ExpressionNode> Arguments) : ExpressionNode;

/// <summary><c>prefix:function(args)</c>, e.g. <c>helper:toList(a, b)</c>.</summary>
public sealed record FunctionCallNode(string Prefix, string Function, IReadOnlyList<ExpressionNode> Arguments) : ExpressionNode;

/// <summary><c>!x</c>, <c>not x</c>, <c>empty x</c>, <c>-x</c>.</summary>
public sealed record UnaryNode(string Operator, ExpressionNode Operand) : ExpressionNode;

/// <summary>Binary operators; <c>&amp;&amp;</c> and <c>||</c> short-circuit.</summary>
public sealed record BinaryNode(string Operator, ExpressionNode Left, ExpressionNode Right) : ExpressionNode;

/// <summary><c>condition ? whenTrue : whenFalse</c>.</summary>
public sealed record ConditionalNode(ExpressionNode Condition, ExpressionNode WhenTrue, ExpressionNode WhenFalse) : ExpressionNode;
