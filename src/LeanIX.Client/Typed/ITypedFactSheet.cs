namespace LeanIX.Client.Typed;

/// <summary>
/// What a generated fact sheet class knows about itself: its type key and how to wrap a dynamic
/// <see cref="FactSheet"/>. Static abstract members let <see cref="TypedFactSheets"/> create instances
/// without reflection.
/// </summary>
/// <typeparam name="TSelf">The generated class.</typeparam>
public interface ITypedFactSheet<TSelf> where TSelf : TypedFactSheet, ITypedFactSheet<TSelf>
{
    /// <summary>The fact sheet type key in the data model, e.g. <c>Application</c>.</summary>
    static abstract string TypeKey { get; }

    /// <summary>Wraps <paramref name="factSheet"/>, reached through <paramref name="via"/> (null when loaded directly).</summary>
    static abstract TSelf Create(FactSheet factSheet, FactSheetRelation? via);
}
