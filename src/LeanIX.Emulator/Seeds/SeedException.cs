namespace LeanIX.Emulator.Seeds;

/// <summary>A seed that cannot be resolved or applied; the host reports it as a startup error.</summary>
public sealed class SeedException(string message) : Exception(message);
