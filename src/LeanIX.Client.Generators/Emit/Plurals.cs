namespace LeanIX.Client.Generators.Emit;

/// <summary>
/// Plural type names as the client's dynamic layer uses them (LeanIX.Client's Plurals): Application →
/// Applications, BusinessCapability → BusinessCapabilities. Kept in step by hand: the generator cannot
/// reference the client assembly inside the compiler.
/// </summary>
internal static class Plurals
{
    public static string Of(string name)
    {
        if (name.Length == 0) return name;
        var last = char.ToLowerInvariant(name[name.Length - 1]);
        var beforeLast = name.Length > 1 ? char.ToLowerInvariant(name[name.Length - 2]) : 'a';
        if (last == 'y' && name.Length > 1 && "aeiou".IndexOf(beforeLast) < 0) return name.Substring(0, name.Length - 1) + "ies";
        if (last == 's' || last == 'x' || name.EndsWith("ch", System.StringComparison.OrdinalIgnoreCase) || name.EndsWith("sh", System.StringComparison.OrdinalIgnoreCase))
            return name + "es";
        return name + "s";
    }
}
