using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

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
        var s = parts[1].Replace('-', '+').Replace('_', '/');
        JsonNode payload;
        try
        {
            payload = JsonNode.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(s.PadRight(s.Length + (4 - s.Length % 4) % 4, '='))))
                ?? throw new FormatException("The access token has an empty payload.");
        }
        catch (JsonException e)
        {
            throw new FormatException("The access token's payload is not JSON.", e);
        }
        var principal = payload["principal"] ?? throw new FormatException("The access token has no principal claim.");
        var permission = principal["permission"] ?? throw new FormatException("The access token has no principal.permission claim.");
        var instanceUrl = payload["instanceUrl"]?.GetValue<string>() ?? throw new FormatException("The access token has no instanceUrl claim.");
        var info = new WorkspaceInfo(
            new Uri(instanceUrl.TrimEnd('/') + "/"),
            Guid.Parse(permission["workspaceId"]!.GetValue<string>()),
            permission["workspaceName"]?.GetValue<string>() ?? "",
            Guid.TryParse(principal["id"]?.GetValue<string>(), out var uid) ? uid : Guid.Empty,
            principal["username"]?.GetValue<string>() ?? "",
            permission["role"]?.GetValue<string>() ?? "",
            payload["region"]?.GetValue<string>() ?? "");
        DateTimeOffset? exp = payload["exp"] is JsonValue e2 && e2.TryGetValue<long>(out var epoch) ? DateTimeOffset.FromUnixTimeSeconds(epoch) : null;
        return (info, exp);
    }
}
