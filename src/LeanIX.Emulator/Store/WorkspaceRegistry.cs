using LeanIX.Emulator.Store;

namespace LeanIX.Emulator.Store;

/// <summary>The workspaces this emulator hosts, found by id, name or API token.</summary>
public sealed class WorkspaceRegistry(IReadOnlyList<Workspace> workspaces)
{
    public IReadOnlyList<Workspace> All { get; } = workspaces;

    public Workspace Default => All[0];

    public Workspace? ById(Guid id) => All.FirstOrDefault(w => w.Id == id);

    public Workspace? ByName(string name) => All.FirstOrDefault(w => string.Equals(w.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The workspace and technical user an API token belongs to, or null for an unknown token.</summary>
    public (Workspace Workspace, Guid UserId)? ByApiToken(string token)
    {
        foreach (var ws in All)
            if (ws.ApiTokens.TryGetValue(token, out var userId)) return (ws, userId);
        return null;
    }
}
