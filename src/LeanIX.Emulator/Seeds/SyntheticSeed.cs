using LeanIX.Emulator.Store;

namespace LeanIX.Emulator.Seeds;

// STUB: owned by the seed helper.
public sealed class SyntheticSeed(int count) : ISeed
{
    public int Count { get; } = count;
    public void Populate(WorkspaceState state, DateTimeOffset now) => StandardRoles.Populate(state);
}
