using System.Globalization;

namespace LeanIX.Emulator.Rest.Integrations.Expressions;

/// <summary>
/// Recursive-descent parser for the JUEL subset of admin.md §1.4 (D42), lowest precedence first:
/// <c>?:</c>, <c>|| or</c>, <c>&amp;&amp; and</c>, <c>== != eq ne</c>, <c>&lt; &gt; &lt;= &gt;= lt gt le ge</c>, <c>+ -</c>,
/// <c>* / % div mod</c>, unary <c>! not empty -</c>, then member access, index and calls.
/// </summary>
public sealed class ExpressionParser
{
    /// <summary>Function prefixes (<c>helper:toList</c>); anything else before a colon is the ternary's colon.</summary>
    private static readonly HashSet<string> FunctionPrefixes = ["helper", "math"];

    private static readonly Dictionary<string, string> WordOperators = new()
    {
        ["or"] = "||", ["and"] = "&&", ["eq"] = "==", ["ne"] = "!=", ["lt"] = "<", ["gt"] = ">", ["le"] = "<=", ["ge"] = ">=",
        ["div"] = "/", ["mod"] = "%"
    };

    private readonly List<ExpressionToken> _tokens;
    private readonly string _text;
    private int _position;

    private ExpressionParser(string text)
    {
        _text = text;
        _tokens = ExpressionLexer.Tokenize(text);
    }

    public static ExpressionNode Parse(string text)
    {
        var parser = new ExpressionParser(text);
        var node = parser.Conditional();
        if (parser.Current.Kind != TokenKind.End)
            throw new UnsupportedExpressionException($"Unexpected '{parser.Current.Text}' at {parser.Current.Position} in '{text}'");
        return node;
    }

    private ExpressionToken Current => _tokens[_position];

    private ExpressionNode Conditional()
    {
        var condition = Binary(0);
        if (!TryTake("?")) return condition;
        var whenTrue = Conditional();
        Expect(":");
        return new ConditionalNode(condition, whenTrue, Conditional());
    }

    private static readonly string[][] Levels =
    [
        ["||"], ["&&"], ["==", "!="], ["<", ">", "<=", ">="], ["+", "-"], ["*", "/", "%"]
    ];

    private ExpressionNode Binary(int level)
    {
        if (level == Levels.Length) return Unary();
        var left = Binary(level + 1);
        while (OperatorAt(Levels[level]) is { } op)
        {
            _position++;
            left = new BinaryNode(op, left, Binary(level + 1));
        }
        return left;
    }

    private string? OperatorAt(string[] operators)
    {
        var token = Current;
        var text = token.Kind == TokenKind.Identifier && WordOperators.TryGetValue(token.Text, out var word) ? word
            : token.Kind == TokenKind.Symbol ? token.Text : null;
        return text is not null && operators.Contains(text) ? text : null;
    }

    private ExpressionNode Unary()
    {
        if (TryTake("!") || TryTakeWord("not")) return new UnaryNode("!", Unary());
        if (TryTakeWord("empty")) return new UnaryNode("empty", Unary());
        if (TryTake("-")) return new UnaryNode("-", Unary());
        return Postfix(Primary());
    }

    private ExpressionNode Postfix(ExpressionNode node)
    {
        while (true)
        {
            if (TryTake("."))
            {
                var member = TakeIdentifier();
                node = TryTake("(") ? new MethodCallNode(node, member, Arguments()) : new MemberNode(node, member);
            }
            else if (TryTake("["))
            {
                var index = Conditional();
                Expect("]");
                node = new IndexNode(node, index);
            }
            else return node;
        }
    }

    private ExpressionNode Primary()
    {
        var token = Current;
        switch (token.Kind)
        {
            case TokenKind.String:
                _position++;
                return new LiteralNode(token.Text);
            case TokenKind.Number:
                _position++;
                return new LiteralNode(token.Text.Contains('.')
                    ? double.Parse(token.Text, CultureInfo.InvariantCulture)
                    : long.Parse(token.Text, CultureInfo.InvariantCulture));
            case TokenKind.Identifier:
                _position++;
                switch (token.Text)
                {
                    case "true": return new LiteralNode(true);
                    case "false": return new LiteralNode(false);
                    case "null": return new LiteralNode(null);
                }
                if (FunctionPrefixes.Contains(token.Text) && Current.Text == ":" && _tokens[_position + 1].Kind == TokenKind.Identifier
                    && _tokens[_position + 2].Text == "(")
                {
                    _position++;
                    var function = TakeIdentifier();
                    _position++;
                    return new FunctionCallNode(token.Text, function, Arguments());
                }
                return new NameNode(token.Text);
            default:
                if (TryTake("("))
                {
                    var inner = Conditional();
                    Expect(")");
                    return inner;
                }
                throw new UnsupportedExpressionException($"Unexpected '{token.Text}' at {token.Position} in '{_text}'");
        }
    }

    /// <summary>The arguments after an opening parenthesis, up to and including the closing one.</summary>
    private List<ExpressionNode> Arguments()
    {
        var arguments = new List<ExpressionNode>();
        if (TryTake(")")) return arguments;
        do arguments.Add(Conditional());
        while (TryTake(","));
        Expect(")");
        return arguments;
    }

    private string TakeIdentifier()
    {
        var token = Current;
        if (token.Kind != TokenKind.Identifier)
            throw new UnsupportedExpressionException($"Expected a name at {token.Position} in '{_text}'");
        _position++;
        return token.Text;
    }

    private bool TryTake(string symbol)
    {
        if (Current.Kind != TokenKind.Symbol || Current.Text != symbol) return false;
        _position++;
        return true;
    }

    private bool TryTakeWord(string word)
    {
        if (Current.Kind != TokenKind.Identifier || Current.Text != word) return false;
        _position++;
        return true;
    }

    private void Expect(string symbol)
    {
        if (!TryTake(symbol))
            throw new UnsupportedExpressionException($"Expected '{symbol}' at {Current.Position} in '{_text}'");
    }
}
