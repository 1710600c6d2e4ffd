using System.Text.Json;
using System.Text.Json.Nodes;

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
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(File.ReadAllText(path));
        }
        catch (JsonException e)
        {
            throw new ArgumentException($"The workspace config file {path} is not valid JSON: {e.Message}");
        }
        var workspaces = root?["workspaces"] as JsonObject
            ?? throw new ArgumentException($"The workspace config file {path} has no \"workspaces\" object.");
        var (name, entry) = workspaces.FirstOrDefault(kv => kv.Key.Equals(workspace, StringComparison.OrdinalIgnoreCase));
        if (entry is null)
            throw new ArgumentException($"Workspace '{workspace}' is not in {path}. Known: {string.Join(", ", workspaces.Select(kv => kv.Key))}.");
        var token = entry["apiToken"]?.GetValue<string>();
        if (string.IsNullOrWhiteSpace(token))
            throw new ArgumentException($"Workspace '{name}' in {path} has no apiToken.");
        return new LeanIXClientOptions { ApiToken = token, Host = entry["host"]?.GetValue<string>(), Workspace = name };
    }
}
