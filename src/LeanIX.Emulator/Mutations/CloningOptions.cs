namespace LeanIX.Emulator.Mutations;

/// <summary>
/// D90 <c>cloneFactSheet(cloningOptions: CloningOptionsType)</c>. The schema excerpt names only the type, so its
/// members are [I]: one flag per part of a fact sheet that lives outside its fields (relations, tags, subscriptions,
/// documents). Each is false when absent: a clone without options copies the fields only.
/// </summary>
public sealed record CloningOptions(bool Relations = false, bool Tags = false, bool Subscriptions = false, bool Documents = false)
{
    public static CloningOptions None { get; } = new();
}
