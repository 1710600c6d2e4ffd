using LeanIX.Emulator.Store;

namespace LeanIX.Emulator.Seeds;

/// <summary>
/// <c>synthetic:N</c>: exactly <see cref="Count"/> generated fact sheets over whatever data model the
/// workspace has, with hierarchies, relations (about three per fact sheet counting both ends),
/// subscriptions, tags, lifecycles, documents and long descriptions. A fixed random seed makes
/// every run identical; the generator is linear in N so 100 000 fact sheets take seconds.
/// </summary>
public sealed class SyntheticSeed(int count) : ISeed
{
    /// <summary>The fixed seed of the generator's <see cref="Random"/>.</summary>
    public const int RandomSeed = 20_240_601;

    public int Count { get; } = count;

    public void Populate(WorkspaceState state, DateTimeOffset now)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(Count);
        new SyntheticGenerator(state, now, Count, RandomSeed).Run();
    }
}
