using System.Text.RegularExpressions;

namespace LeanIX.Emulator.Rest.Integrations.Expressions;

/// <summary>
/// Method calls on values: Java's string methods (admin.md §1.4), the list helpers of run variables
/// (<c>join</c>, <c>contains</c>, <c>distinct</c>, <c>count</c>, <c>sum</c>, …) and map lookups. Anything else is unsupported (D42).
/// </summary>
public static class ExpressionMethods
{
    private static readonly TimeSpan RegexTimeout = TimeSpan.FromSeconds(1);

    public static object? Invoke(object? target, string method, IReadOnlyList<object?> args) => target switch
    {
        null => throw new UnsupportedExpressionException($"Cannot call {method}() on null"),
        IExpressionObject obj => obj.Invoke(method, args),
        string s => OnString(s, method, args),
        IDictionary<string, object?> map => OnMap(map, method, args),
        List<object?> list => OnList(list, method, args),
        _ => OnString(ExpressionValues.ToText(target), method, args)
    };

    private static object? OnString(string s, string method, IReadOnlyList<object?> args)
    {
        string Arg(int i) => ExpressionValues.ToText(args.Count > i ? args[i] : throw Arity(method));
        int IntArg(int i) => ExpressionValues.TryNumber(args.Count > i ? args[i] : null, out var n) ? (int)n : throw Arity(method);
        return method switch
        {
            "toUpperCase" => s.ToUpperInvariant(),
            "toLowerCase" => s.ToLowerInvariant(),
            "trim" => s.Trim(),
            "length" => (long)s.Length,
            "isEmpty" => s.Length == 0,
            "substring" when args.Count == 1 => Check(() => s[IntArg(0)..]),
            "substring" => Check(() => s[IntArg(0)..IntArg(1)]),
            "replace" => s.Replace(Arg(0), Arg(1), StringComparison.Ordinal),
            "replaceAll" => Regex.Replace(s, Arg(0), Arg(1), RegexOptions.None, RegexTimeout),
            // Java's split takes a regex and drops trailing empty strings.
            "split" => Regex.Split(s, Arg(0), RegexOptions.None, RegexTimeout).Reverse().SkipWhile(p => p.Length == 0).Reverse().Cast<object?>().ToList(),
            "startsWith" => s.StartsWith(Arg(0), StringComparison.Ordinal),
            "endsWith" => s.EndsWith(Arg(0), StringComparison.Ordinal),
            "contains" => s.Contains(Arg(0), StringComparison.Ordinal),
            "indexOf" => (long)s.IndexOf(Arg(0), StringComparison.Ordinal),
            "equals" => s == Arg(0),
            "equalsIgnoreCase" => string.Equals(s, Arg(0), StringComparison.OrdinalIgnoreCase),
            // Java's matches() must match the whole string.
            "matches" => Regex.IsMatch(s, $"^(?:{Arg(0)})$", RegexOptions.None, RegexTimeout),
            "hashCode" => (long)JavaHashCode(s),
            "toString" => s,
            _ => throw new UnsupportedExpressionException($"Unsupported string method {method}()")
        };
    }

    private static object? OnList(List<object?> list, string method, IReadOnlyList<object?> args)
    {
        var numbers = list.Select(v => ExpressionValues.TryNumber(v, out var n) ? (double?)n : null).OfType<double>().ToList();
        return method switch
        {
            "size" or "count" => (long)list.Count,
            "isEmpty" => list.Count == 0,
            "get" => ExpressionValues.TryNumber(args.FirstOrDefault(), out var i) && i >= 0 && i < list.Count ? list[(int)i] : throw new UnsupportedExpressionException("List index out of range"),
            "contains" => list.Any(v => ExpressionValues.AreEqual(v, args.FirstOrDefault())),
            "join" => string.Join(args.Count > 0 ? ExpressionValues.ToText(args[0]) : ",", list.Select(ExpressionValues.ToText)),
            "distinct" => list.DistinctBy(ExpressionValues.ToText).ToList(),
            "toList" => list,
            "getNumbers" => numbers.Select(n => ExpressionValues.Number(n)).Cast<object?>().ToList(),
            "sum" => ExpressionValues.Number(numbers.Sum()),
            "average" => numbers.Count == 0 ? null : numbers.Average(),
            "max" => numbers.Count == 0 ? null : ExpressionValues.Number(numbers.Max()),
            "min" => numbers.Count == 0 ? null : ExpressionValues.Number(numbers.Min()),
            "selectFirst" => list.FirstOrDefault(),
            _ => throw new UnsupportedExpressionException($"Unsupported list method {method}()")
        };
    }

    private static object? OnMap(IDictionary<string, object?> map, string method, IReadOnlyList<object?> args) => method switch
    {
        "get" => map.TryGetValue(ExpressionValues.ToText(args.FirstOrDefault()), out var v) ? v : null,
        "containsKey" => map.ContainsKey(ExpressionValues.ToText(args.FirstOrDefault())),
        "size" => (long)map.Count,
        "isEmpty" => map.Count == 0,
        "keySet" => map.Keys.Cast<object?>().ToList(),
        "values" => map.Values.ToList(),
        _ => throw new UnsupportedExpressionException($"Unsupported map method {method}()")
    };

    /// <summary>Java's <c>String.hashCode()</c> (s[0]*31^(n-1) + … in 32-bit arithmetic), as scripts use it for ids.</summary>
    public static int JavaHashCode(string s)
    {
        var hash = 0;
        foreach (var c in s) hash = unchecked(31 * hash + c);
        return hash;
    }

    private static string Check(Func<string> substring)
    {
        try { return substring(); }
        catch (ArgumentOutOfRangeException) { throw new UnsupportedExpressionException("String index out of range"); }
    }

    private static UnsupportedExpressionException Arity(string method) => new($"Missing argument for {method}()");
}
