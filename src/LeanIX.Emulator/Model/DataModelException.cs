namespace LeanIX.Emulator.Model;

/// <summary>A data model that cannot be loaded: the message says what is wrong with it.</summary>
public sealed class DataModelException(string message) : Exception(message);
