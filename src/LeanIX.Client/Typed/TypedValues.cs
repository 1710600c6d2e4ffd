namespace LeanIX.Client.Typed;

/// <summary>Readers shared by the typed accessors.</summary>
internal static class TypedValues
{
    /// <summary>A lifecycle under a key other than <c>lifecycle</c> (a custom LIFECYCLE field), read as D11 shapes it.</summary>
    public static Lifecycle? Lifecycle(FactSheetValue value) => value.Node is { } node ? FactSheetReader.Lifecycle(node) : null;
}
