namespace LeanIX.Emulator.Rest.Integrations.Expressions;

/// <summary>Evaluates a parsed expression against a scope. Member access on null yields null (as in EL); calls on null fail.</summary>
public static class ExpressionEvaluator
{
    public static object? Evaluate(ExpressionNode node, ExpressionScope scope) => node switch
    {
        LiteralNode literal => literal.Value,
        NameNode name => scope.Get(name.Name),
        MemberNode member => Member(Evaluate(member.Target, scope), member.Member),
        IndexNode index => Index(Evaluate(index.Target, scope), Evaluate(index.Index, scope)),
        MethodCallNode call => ExpressionMethods.Invoke(Evaluate(call.Target, scope), call.Method, call.Arguments.Select(a => Evaluate(a, scope)).ToList()),
        FunctionCallNode function => Function(function, function.Arguments.Select(a => Evaluate(a, scope)).ToList()),
        UnaryNode unary => Unary(unary.Operator, Evaluate(unary.Operand, scope)),
        ConditionalNode conditional => ExpressionValues.IsTrue(Evaluate(conditional.Condition, scope))
            ? Evaluate(conditional.WhenTrue, scope) : Evaluate(conditional.WhenFalse, scope),
        BinaryNode { Operator: "&&" } and => ExpressionValues.IsTrue(Evaluate(and.Left, scope)) && ExpressionValues.IsTrue(Evaluate(and.Right, scope)),
        BinaryNode { Operator: "||" } or => ExpressionValues.IsTrue(Evaluate(or.Left, scope)) || ExpressionValues.IsTrue(Evaluate(or.Right, scope)),
        BinaryNode binary => Binary(binary.Operator, Evaluate(binary.Left, scope), Evaluate(binary.Right, scope)),
        _ => throw new UnsupportedExpressionException($"Unsupported expression {node.GetType().Name}")
    };

    private static object? Member(object? target, string member) => target switch
    {
        null => null,
        IExpressionObject obj => obj.GetMember(member),
        IDictionary<string, object?> map => map.TryGetValue(member, out var value) ? value : null,
        _ => throw new UnsupportedExpressionException($"'{ExpressionValues.ToText(target)}' has no member '{member}'")
    };

    private static object? Index(object? target, object? index) => target switch
    {
        null => null,
        List<object?> list => ExpressionValues.TryNumber(index, out var i) && i >= 0 && i < list.Count ? list[(int)i] : null,
        IDictionary<string, object?> map => map.TryGetValue(ExpressionValues.ToText(index), out var value) ? value : null,
        IExpressionObject obj => obj.GetMember(ExpressionValues.ToText(index)),
        _ => throw new UnsupportedExpressionException($"Cannot index '{ExpressionValues.ToText(target)}'")
    };

    private static object? Unary(string op, object? operand) => op switch
    {
        "!" => !ExpressionValues.IsTrue(operand),
        "empty" => ExpressionValues.IsEmpty(operand),
        "-" when ExpressionValues.TryNumber(operand, out var n) => ExpressionValues.Number(-n),
        _ => throw new UnsupportedExpressionException($"Unsupported operator {op}")
    };

    private static object? Binary(string op, object? left, object? right)
    {
        switch (op)
        {
            case "==": return ExpressionValues.AreEqual(left, right);
            case "!=": return !ExpressionValues.AreEqual(left, right);
            case "<": return ExpressionValues.Compare(left, right) < 0;
            case ">": return ExpressionValues.Compare(left, right) > 0;
            case "<=": return ExpressionValues.Compare(left, right) <= 0;
            case ">=": return ExpressionValues.Compare(left, right) >= 0;
        }
        var numeric = ExpressionValues.TryNumber(left, out var a) & ExpressionValues.TryNumber(right, out var b);
        // §1.4 lists '+' among the operators scripts use to build strings: numbers add, anything else concatenates.
        if (op == "+" && !(numeric && left is not string && right is not string))
            return ExpressionValues.ToText(left) + ExpressionValues.ToText(right);
        if (!numeric) throw new UnsupportedExpressionException($"Operator {op} needs numbers");
        return op switch
        {
            "+" => ExpressionValues.Number(a + b),
            "-" => ExpressionValues.Number(a - b),
            "*" => ExpressionValues.Number(a * b),
            "/" => b == 0 ? throw new UnsupportedExpressionException("Division by zero") : a / b,
            "%" => b == 0 ? throw new UnsupportedExpressionException("Division by zero") : ExpressionValues.Number(a % b),
            _ => throw new UnsupportedExpressionException($"Unsupported operator {op}")
        };
    }

    /// <summary>D42: of the <c>helper:</c>/<c>math:</c> functions only <c>helper:toList</c> is supported.</summary>
    private static object? Function(FunctionCallNode function, List<object?> args)
    {
        if (function is { Prefix: "helper", Function: "toList" })
            return args.SelectMany(a => a is List<object?> list ? list : [a]).Where(a => a is not null).ToList();
        throw new UnsupportedExpressionException($"Unsupported function {function.Prefix}:{function.Function}()");
    }
}
