namespace LeanIX.Emulator.Hosting;

/// <summary>The emulator cannot start as asked; the message says which option is wrong and how.</summary>
public sealed class StartupException(string message) : Exception(message);
