using LeanIX.Emulator.Store;

namespace LeanIX.Emulator.Seeds;

/// <summary>A workspace with no fact sheets; only the standard subscription roles exist.</summary>
public sealed class EmptySeed : ISeed
{
    public void Populate(WorkspaceState state, DateTimeOffset now) => StandardRoles.Populate(state);
}
