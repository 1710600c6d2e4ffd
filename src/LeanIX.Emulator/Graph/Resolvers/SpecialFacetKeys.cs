using LeanIX.Emulator.Graph.Errors;

namespace LeanIX.Emulator.Graph.Resolvers;

/// <summary>
/// D84: the reserved facet keys. In any facet <c>__missing__</c> matches a fact sheet that has no
/// value (no field value, relation of that kind, subscription or tag of that group) and <c>__any__</c>
/// one that has some; they mix with real keys under the D35 operators. Any other <c>__…__</c> key is
/// a BUSINESS_LOGIC error, never a literal value to look for.
/// </summary>
public static class SpecialFacetKeys
{
    public const string Missing = "__missing__";
    public const string Any = "__any__";

    public static void Validate(string facetKey, IEnumerable<string> keys)
    {
        if (keys.FirstOrDefault(k => IsReserved(k) && k is not Missing and not Any) is { } unknown)
            throw BusinessError.Query($"Unknown special key '{unknown}' in facet '{facetKey}'; use {Missing} or {Any}.");
    }

    /// <summary>Whether one requested key matches, given the keys the fact sheet has and whether it has any value.</summary>
    public static bool Matches(string key, HashSet<string> has, bool present) => key switch
    {
        Missing => !present,
        Any => present,
        _ => has.Contains(key)
    };

    private static bool IsReserved(string key) => key.Length > 4 && key.StartsWith("__", StringComparison.Ordinal) && key.EndsWith("__", StringComparison.Ordinal);
}
