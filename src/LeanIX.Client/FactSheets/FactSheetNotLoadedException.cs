namespace LeanIX.Client;

/// <summary>
/// A part of a fact sheet was read that is not in memory: the fact sheet was reached through a relation (or
/// a write elsewhere made it stale) and not loaded since. Reading never fetches by itself; <c>await LoadAsync()</c>,
/// <c>RelationsAsync</c> or a preload does.
/// </summary>
public sealed class FactSheetNotLoadedException(string message) : InvalidOperationException(message);
