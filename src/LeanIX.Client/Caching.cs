namespace LeanIX.Client;

/// <summary>Whether the client keeps one instance per fact sheet id (<see cref="On"/>) or always fetches (<see cref="Off"/>).</summary>
public enum Caching
{
    /// <summary>Keep fact sheets in memory; reads after a preload make no request.</summary>
    On,

    /// <summary>Every read goes to the workspace.</summary>
    Off
}
