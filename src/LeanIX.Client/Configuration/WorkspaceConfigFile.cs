using System.Text.Json;
using LeanIX.Client.Wire;

namespace LeanIX.Client;

/// <summary>
/// The user config file with API tokens of several workspaces, chosen by name:
/// <c>~/.config/leanix/workspaces.json</c> (or the path in <c>LEANIX_CONFIG</c>), shaped
/// <c>{"workspaces": {"AcmeProduction": {"apiToken": "…", "host": "eu.leanix.net"}}}</c>.
/// The entry's name must be the workspace's name, so a token pasted under the wrong name is caught.
/// </summary>
public static class WorkspaceConfigFile
{
    /// <summary>Where the file is read from.</summary>
    public static string DefaultPath =>
        Environment.GetEnvironmentVariable("LEANIX_CONFIG") is { Length: > 0 } p
            ? p
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".config", "leanix", "workspaces.json");

    /// <summary>The options for a named workspace; a missing file, name or token raises an error saying how to fix it.</summary>
    public static LeanIXClientOptions Load(string workspace, string? path = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(workspace);
        path ??= DefaultPath;
        if (!File.Exists(path))
            throw new ArgumentException($"No workspace config file at {path}. Create it as {{\"workspaces\": {{\"{workspace}\": {{\"apiToken\": \"…\", \"host\": \"eu.leanix.net\"}}}}}}.");
        WorkspaceConfigWire? config;
        try
        {
            config = JsonSerializer.Deserialize(File.ReadAllText(path), LeanIXJsonContext.Default.WorkspaceConfigWire);
        }
        catch (JsonException e)
        {
            // The message names the position, never the value: the file holds tokens.
            throw new ArgumentException($"The workspace config file {path} is not a workspace config ({e.Path}, line {e.LineNumber + 1}).");
        }
        var workspaces = config?.Workspaces ?? throw new ArgumentException($"The workspace config file {path} has no \"workspaces\" object.");
        var (name, entry) = workspaces.FirstOrDefault(kv => kv.Key.Equals(workspace, StringComparison.OrdinalIgnoreCase));
        if (entry is null)
            throw new ArgumentException($"Workspace '{workspace}' is not in {path}. Known: {string.Join(", ", workspaces.Select(kv => kv.Key))}.");
        if (string.IsNullOrWhiteSpace(entry.ApiToken))
            throw new ArgumentException($"Workspace '{name}' in {path} has no apiToken.");
        return new LeanIXClientOptions { ApiToken = entry.ApiToken, Host = entry.Host, Workspace = name };
    }
}
