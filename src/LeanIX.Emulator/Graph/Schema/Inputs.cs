namespace LeanIX.Emulator.Graph.Schema;

/// <summary>Reads members of input objects, which graphql-dotnet hands over as dictionaries.</summary>
public static class Inputs
{
    public static object? Get(this IDictionary<string, object?> input, string key) =>
        input.TryGetValue(key, out var value) ? value : null;
}
