using System.Text.Json.Serialization;

namespace LeanIX.Client.Wire;

/// <summary>The token endpoint's answer (auth.md §2).</summary>
internal sealed record TokenResponseWire(
    [property: JsonPropertyName("access_token")] string? AccessToken,
    [property: JsonPropertyName("token_type")] string? TokenType,
    [property: JsonPropertyName("expires_in")] long? ExpiresIn);

/// <summary>The claims of the access token the client reads (auth.md §3, D5).</summary>
internal sealed record JwtPayloadWire(string? InstanceUrl, string? Region, long? Exp, JwtPrincipalWire? Principal);

/// <summary><c>principal</c> of the access token.</summary>
internal sealed record JwtPrincipalWire(string? Id, string? Username, JwtPermissionWire? Permission);

/// <summary><c>principal.permission</c>: the workspace the token is for.</summary>
internal sealed record JwtPermissionWire(string? WorkspaceId, string? WorkspaceName, string? Role);
