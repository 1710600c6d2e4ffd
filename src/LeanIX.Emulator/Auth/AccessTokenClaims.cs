namespace LeanIX.Emulator.Auth;

/// <summary>What a valid access token says about its bearer.</summary>
public sealed record AccessTokenClaims(Guid WorkspaceId, Guid UserId, string WorkspaceRole, DateTimeOffset ExpiresAt);
