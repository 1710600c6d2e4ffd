namespace LeanIX.Client.Authentication;

/// <summary>An exchanged access token with what its claims say about the connection, and when to renew it (<see cref="RenewalSchedule"/>).</summary>
internal sealed record AccessToken(string Value, DateTimeOffset ExpiresAt, WorkspaceInfo Workspace, DateTimeOffset RenewAt);
