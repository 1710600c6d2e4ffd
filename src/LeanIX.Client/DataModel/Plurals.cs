namespace LeanIX.Client;

/// <summary>Plural navigation names of fact sheet types: Application → applications, BusinessCapability → businessCapabilities.</summary>
internal static class Plurals
{
    public static string Of(string typeKey)
    {
        if (typeKey.Length == 0) return typeKey;
        var lower = LowerFirst(typeKey);
        if (lower.EndsWith('y') && lower.Length > 1 && !"aeiou".Contains(lower[^2])) return lower[..^1] + "ies";
        if (lower.EndsWith('s') || lower.EndsWith('x') || lower.EndsWith("ch") || lower.EndsWith("sh")) return lower + "es";
        return lower + "s";
    }

    /// <summary>ITComponent → itComponent: a leading acronym is lowered as a whole, as LeanIX's own keys do.</summary>
    private static string LowerFirst(string key)
    {
        var upper = 0;
        while (upper < key.Length && char.IsUpper(key[upper])) upper++;
        if (upper <= 1) return char.ToLowerInvariant(key[0]) + key[1..];
        if (upper == key.Length) return key.ToLowerInvariant();
        return key[..(upper - 1)].ToLowerInvariant() + key[(upper - 1)..];
    }
}
