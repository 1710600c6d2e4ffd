namespace LeanIX.Client;

/// <summary>Progress of <see cref="LeanIXClient.PreloadAsync"/>: fact sheets loaded so far of one type.</summary>
/// <param name="Type">The type being loaded.</param>
/// <param name="Loaded">How many of it are in memory.</param>
/// <param name="TypeDone">Whether the type is complete.</param>
public sealed record PreloadProgress(string Type, int Loaded, bool TypeDone);
