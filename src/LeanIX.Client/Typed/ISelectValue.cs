namespace LeanIX.Client.Typed;

/// <summary>A generated select value type: a value key with the known keys as static members.</summary>
/// <typeparam name="TSelf">The generated value type.</typeparam>
public interface ISelectValue<TSelf> where TSelf : struct, ISelectValue<TSelf>
{
    /// <summary>The value key as stored in LeanIX, e.g. <c>missionCritical</c>.</summary>
    string Key { get; }

    /// <summary>Whether the key is one the data model snapshot lists.</summary>
    bool IsKnown { get; }

    /// <summary>Wraps a value key; unknown keys are kept, since a workspace may add values after the snapshot.</summary>
    static abstract TSelf From(string key);
}
