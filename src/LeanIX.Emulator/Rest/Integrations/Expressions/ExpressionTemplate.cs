using System.Collections.Concurrent;
using System.Text;

namespace LeanIX.Emulator.Rest.Integrations.Expressions;

/// <summary>
/// A processor string with embedded <c>${…}</c> (admin.md §1.4): a string that is exactly one expression yields its
/// typed value (list, map, bool); otherwise literal text and expression values are concatenated. Parsed once per text.
/// </summary>
public sealed class ExpressionTemplate
{
    private static readonly ConcurrentDictionary<string, ExpressionTemplate> Cache = new(StringComparer.Ordinal);

    private readonly IReadOnlyList<object> _parts; // string literal or ExpressionNode
    private readonly UnsupportedExpressionException? _error;

    private ExpressionTemplate(IReadOnlyList<object> parts, UnsupportedExpressionException? error)
    {
        _parts = parts;
        _error = error;
    }

    /// <summary>Evaluates <paramref name="text"/>; throws <see cref="UnsupportedExpressionException"/> outside the subset.</summary>
    public static object? Evaluate(string text, ExpressionScope scope) => Parse(text).Evaluate(scope);

    public static ExpressionTemplate Parse(string text)
    {
        if (Cache.TryGetValue(text, out var cached)) return cached;
        ExpressionTemplate template;
        try { template = new ExpressionTemplate(Split(text), null); }
        catch (UnsupportedExpressionException e) { template = new ExpressionTemplate([], e); }
        // Processor texts are few and repeat for every content item; a bound keeps hostile input from growing it.
        if (Cache.Count < 10_000) Cache.TryAdd(text, template);
        return template;
    }

    /// <summary>Why the text does not parse, or null: configurations are refused on this before they are stored.</summary>
    public string? SyntaxError => _error?.Message;

    public object? Evaluate(ExpressionScope scope)
    {
        if (_error is not null) throw new UnsupportedExpressionException(_error.Message);
        if (_parts is [ExpressionNode single]) return ExpressionEvaluator.Evaluate(single, scope);
        var sb = new StringBuilder();
        foreach (var part in _parts)
            sb.Append(part is ExpressionNode node ? ExpressionValues.ToText(ExpressionEvaluator.Evaluate(node, scope)) : (string)part);
        return sb.ToString();
    }

    private static List<object> Split(string text)
    {
        var parts = new List<object>();
        var literal = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '$' && i + 1 < text.Length && text[i + 1] == '{')
            {
                var end = ClosingBrace(text, i + 2);
                if (literal.Length > 0) parts.Add(literal.ToString());
                literal.Clear();
                parts.Add(ExpressionParser.Parse(text[(i + 2)..end]));
                i = end + 1;
            }
            else literal.Append(text[i++]);
        }
        if (literal.Length > 0 || parts.Count == 0) parts.Add(literal.ToString());
        return parts;
    }

    /// <summary>The index of the <c>}</c> closing an expression, skipping braces inside string literals.</summary>
    private static int ClosingBrace(string text, int start)
    {
        char? quote = null;
        var depth = 0;
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (quote is not null)
            {
                if (c == '\\') i++;
                else if (c == quote) quote = null;
            }
            else if (c is '\'' or '"') quote = c;
            else if (c == '{') depth++;
            else if (c == '}' && depth-- == 0) return i;
        }
        throw new UnsupportedExpressionException($"Unterminated expression in '{text}'");
    }
}
