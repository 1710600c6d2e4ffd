using System.Collections.Generic;

namespace LeanIX.Client.Generators.Json;

/// <summary>A JSON object that keeps its keys in file order, so generated output follows the snapshot's order.</summary>
internal sealed class JsonObject
{
    private readonly Dictionary<string, object?> _values = new(System.StringComparer.Ordinal);
    private readonly List<string> _keys = new();

    public IReadOnlyList<string> Keys => _keys;

    public object? this[string key] => _values.TryGetValue(key, out var v) ? v : null;

    public bool Contains(string key) => _values.ContainsKey(key);

    public void Set(string key, object? value)
    {
        if (!_values.ContainsKey(key)) _keys.Add(key);
        _values[key] = value;
    }
}
