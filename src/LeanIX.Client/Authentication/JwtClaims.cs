using System.Buffers.Text;
using System.Text.Json;
using LeanIX.Client.Wire;

namespace LeanIX.Client.Authentication;

/// <summary>
/// Reads the access token's payload without checking the signature, as every LeanIX client does
/// (auth.md §3): the service checks it, we only need <c>instanceUrl</c>, workspace and expiry.
/// </summary>
internal static class JwtClaims
{
    public static (WorkspaceInfo Workspace, DateTimeOffset? ExpiresAt) Read(string jwt)
    {
        var parts = jwt.Split('.');
        if (parts.Length != 3) throw new FormatException("The access token is not a JWT.");
        JwtPayloadWire payload;
        try
        {
            payload = JsonSerializer.Deserialize(Base64Url.DecodeFromChars(parts[1]), LeanIXJsonContext.Default.JwtPayloadWire)
                ?? throw new FormatException("The access token has an empty payload.");
        }
        catch (JsonException e)
        {
            throw new FormatException("The access token's payload is not JSON.", e);
        }
        var principal = payload.Principal ?? throw new FormatException("The access token has no principal claim.");
        var permission = principal.Permission ?? throw new FormatException("The access token has no principal.permission claim.");
        var instanceUrl = payload.InstanceUrl ?? throw new FormatException("The access token has no instanceUrl claim.");
        var info = new WorkspaceInfo(
            new Uri(instanceUrl.TrimEnd('/') + "/"),
            Guid.TryParse(permission.WorkspaceId, out var workspaceId) ? workspaceId : throw new FormatException("The access token has no principal.permission.workspaceId claim."),
            permission.WorkspaceName ?? "",
            Guid.TryParse(principal.Id, out var uid) ? uid : Guid.Empty,
            principal.Username ?? "",
            permission.Role ?? "",
            payload.Region ?? "");
        return (info, payload.Exp is { } epoch ? DateTimeOffset.FromUnixTimeSeconds(epoch) : null);
    }
}
