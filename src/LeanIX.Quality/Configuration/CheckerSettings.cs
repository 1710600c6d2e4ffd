using System.Text.Json;
using System.Text.Json.Nodes;
using LeanIX.Client;

namespace LeanIX.Quality.Configuration;

/// <summary>
/// The settings of one checker as read from the configuration (<c>checkers.&lt;name&gt;</c>). A checker reads what it
/// understands; <see cref="EnsureAllRead"/> then refuses any key nobody read, so a misspelt setting fails loudly instead of
/// being ignored. Every error names the dotted key.
/// </summary>
public sealed class CheckerSettings
{
    private readonly JsonObject _settings;
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    /// <summary>Settings at <paramref name="path"/> (e.g. <c>checkers.completion</c>), checked against <paramref name="model"/>.</summary>
    public CheckerSettings(string path, JsonObject? settings, LeanIXDataModel model)
    {
        Path = path;
        _settings = settings ?? [];
        Model = model;
    }

    /// <summary>The dotted path of these settings.</summary>
    public string Path { get; }

    /// <summary>The workspace's data model, to check type and relation names.</summary>
    public LeanIXDataModel Model { get; }

    /// <summary>A number in [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public double Double(string key, double fallback, double min = double.MinValue, double max = double.MaxValue)
    {
        if (Take(key) is not { } node) return fallback;
        if (node is not JsonValue v || !v.TryGetValue<double>(out var d)) throw Bad(key, $"expected a number, got {node.ToJsonString()}.");
        if (d < min || d > max) throw Bad(key, $"{d} is out of range [{min}, {max}].");
        return d;
    }

    /// <summary>A whole number ≥ <paramref name="min"/>.</summary>
    public int Int(string key, int fallback, int min = int.MinValue)
    {
        if (Take(key) is not { } node) return fallback;
        if (node is not JsonValue v || !v.TryGetValue<int>(out var i)) throw Bad(key, $"expected a whole number, got {node.ToJsonString()}.");
        if (i < min) throw Bad(key, $"{i} is less than {min}.");
        return i;
    }

    /// <summary>A flag.</summary>
    public bool Bool(string key, bool fallback)
    {
        if (Take(key) is not { } node) return fallback;
        return node is JsonValue v && v.TryGetValue<bool>(out var b) ? b : throw Bad(key, $"expected true or false, got {node.ToJsonString()}.");
    }

    /// <summary>The severity (<c>severity</c>: Info, Warning or Error).</summary>
    public GapSeverity Severity(GapSeverity fallback)
    {
        if (Take("severity") is not { } node) return fallback;
        return node is JsonValue v && v.TryGetValue<string>(out var s) && Enum.TryParse<GapSeverity>(s, ignoreCase: true, out var severity) && Enum.IsDefined(severity)
            ? severity
            : throw Bad("severity", $"expected Info, Warning or Error, got {node.ToJsonString()}.");
    }

    /// <summary>Fact sheet type keys (each must be in the data model); null when not set.</summary>
    public IReadOnlyList<string>? Types(string key = "types")
    {
        if (Take(key) is not { } node) return null;
        var types = StringsOf(key, node);
        foreach (var type in types) CheckType($"{key}", type);
        return types;
    }

    /// <summary>A map from fact sheet type to names (e.g. relation keys per type); types checked against the data model.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> TypeMap(string key)
    {
        if (Take(key) is not { } node) return new Dictionary<string, IReadOnlyList<string>>();
        if (node is not JsonObject map) throw Bad(key, $"expected an object of type → list, got {node.ToJsonString()}.");
        var result = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var (type, value) in map)
        {
            CheckType($"{key}.{type}", type, isKey: true);
            result[type] = StringsOf($"{key}.{type}", value);
        }
        return result;
    }

    /// <summary>Refuses every key no checker read.</summary>
    public void EnsureAllRead()
    {
        var unknown = _settings.Select(p => p.Key).Where(k => !_read.Contains(k)).ToList();
        if (unknown.Count > 0)
            throw Bad(unknown[0], $"unknown setting. Known settings here: {string.Join(", ", _read.Order(StringComparer.Ordinal))}.");
    }

    /// <summary>An error for <paramref name="key"/> under these settings.</summary>
    public QualityConfigurationException Bad(string key, string problem) => new($"{Path}.{key}", problem);

    private JsonNode? Take(string key)
    {
        _read.Add(key);
        return _settings[key];
    }

    private void CheckType(string key, string type, bool isKey = false)
    {
        if (!Model.Types.ContainsKey(type))
            throw Bad(isKey ? key : key, $"'{type}' is not a fact sheet type of this workspace. Known types: {string.Join(", ", Model.Types.Keys.Order(StringComparer.Ordinal))}.");
    }

    private List<string> StringsOf(string key, JsonNode? node)
    {
        if (node is JsonArray array && array.All(n => n is JsonValue v && v.GetValueKind() == JsonValueKind.String))
            return array.Select(n => n!.GetValue<string>()).ToList();
        throw Bad(key, $"expected a list of names, got {node?.ToJsonString() ?? "null"}.");
    }
}
