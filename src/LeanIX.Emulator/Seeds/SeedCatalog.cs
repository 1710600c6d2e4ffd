
namespace LeanIX.Emulator.Seeds;

/// <summary>Resolves a <c>--seed</c> value: <c>demo</c>, <c>empty</c> or <c>synthetic:N</c>.</summary>
public static class SeedCatalog
{
    public const int MaxSynthetic = 100_000;

    public static ISeed Resolve(string seed)
    {
        if (seed.Equals("empty", StringComparison.OrdinalIgnoreCase)) return new EmptySeed();
        if (seed.Equals("demo", StringComparison.OrdinalIgnoreCase)) return new DemoSeed();
        if (seed.StartsWith("synthetic:", StringComparison.OrdinalIgnoreCase))
        {
            if (!int.TryParse(seed["synthetic:".Length..], out var n) || n < 0 || n > MaxSynthetic)
                throw new SeedException($"Seed '{seed}' needs a count between 0 and {MaxSynthetic}, e.g. synthetic:5000.");
            return new SyntheticSeed(n);
        }
        throw new SeedException($"Unknown seed '{seed}'. Use demo, empty or synthetic:N.");
    }
}
