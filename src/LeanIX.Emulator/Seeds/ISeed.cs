using LeanIX.Emulator.Store;

namespace LeanIX.Emulator.Seeds;

/// <summary>Fills an empty workspace state with its initial content (users, roles, tags, fact sheets…).</summary>
public interface ISeed
{
    void Populate(WorkspaceState state, DateTimeOffset now);
}
