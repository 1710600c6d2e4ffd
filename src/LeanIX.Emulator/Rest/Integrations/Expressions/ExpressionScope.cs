namespace LeanIX.Emulator.Rest.Integrations.Expressions;

/// <summary>
/// The root names an expression sees (admin.md §1.4): <c>content</c>, <c>data</c>, <c>header</c>, <c>variables</c>,
/// <c>integration</c>, <c>lx</c>. A name that is not set is an unsupported expression, not null, so a typo is reported.
/// </summary>
public sealed class ExpressionScope
{
    private readonly Dictionary<string, object?> _roots = new(StringComparer.Ordinal);

    public ExpressionScope Set(string name, object? value)
    {
        _roots[name] = value;
        return this;
    }

    /// <summary>A copy with one more (or a replaced) root; <c>forEach</c> uses it for the element of each round.</summary>
    public ExpressionScope With(string name, object? value)
    {
        var copy = new ExpressionScope();
        foreach (var (key, root) in _roots) copy._roots[key] = root;
        return copy.Set(name, value);
    }

    public object? Get(string name) =>
        _roots.TryGetValue(name, out var value) ? value : throw new UnsupportedExpressionException($"Unknown name '{name}'");
}
