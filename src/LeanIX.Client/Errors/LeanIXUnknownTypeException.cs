namespace LeanIX.Client;

/// <summary>A fact sheet type the workspace's data model does not have.</summary>
public sealed class LeanIXUnknownTypeException(string type, IEnumerable<string> known)
    : ArgumentException($"The workspace has no fact sheet type '{type}'. Known types: {string.Join(", ", known)}.")
{
    /// <summary>The type that was asked for.</summary>
    public string Type { get; } = type;
}
