namespace LeanIX.Client.Authentication;

/// <summary>An exchanged access token with what its claims say about the connection.</summary>
internal sealed record AccessToken(string Value, DateTimeOffset ExpiresAt, WorkspaceInfo Workspace);
