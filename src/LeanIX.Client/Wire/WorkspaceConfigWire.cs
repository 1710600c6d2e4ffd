namespace LeanIX.Client.Wire;

/// <summary>The user config file of named workspaces (<see cref="WorkspaceConfigFile"/>).</summary>
internal sealed record WorkspaceConfigWire(Dictionary<string, WorkspaceConfigEntryWire?>? Workspaces);

/// <summary>One named workspace: its API token and host.</summary>
internal sealed record WorkspaceConfigEntryWire(string? ApiToken, string? Host);
