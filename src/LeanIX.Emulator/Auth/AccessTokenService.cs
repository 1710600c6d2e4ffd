using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using LeanIX.Emulator.Domain;
using LeanIX.Emulator.Store;

namespace LeanIX.Emulator.Auth;

/// <summary>
/// Issues and checks the RS256 access tokens. The claim set is auth.md §3 plus <c>iat</c> (D5);
/// <c>instanceUrl</c> is the emulator's own base URL so that clients detect the host from the token.
/// </summary>
public sealed class AccessTokenService(SigningKey key, ITokenSettings options, TimeProvider clock)
{
    // The header the real service sends: eyJhbGciOiJSUzI1NiJ9 = {"alg":"RS256"} (auth.md §3).
    private static readonly string Header = Base64Url.EncodeToString("{\"alg\":\"RS256\"}"u8);

    public int LifetimeSeconds => options.TokenLifetimeSeconds;

    public string Issue(Workspace workspace, User user, string instanceUrl)
    {
        var now = clock.GetUtcNow().ToUnixTimeSeconds();
        var payload = new JsonObject
        {
            ["sub"] = user.Id.ToString(),
            ["iss"] = instanceUrl,
            ["jti"] = Guid.NewGuid().ToString(),
            ["iat"] = now,
            ["exp"] = now + options.TokenLifetimeSeconds,
            ["instanceUrl"] = instanceUrl,
            ["region"] = workspace.Region,
            ["principal"] = new JsonObject
            {
                ["id"] = user.Id.ToString(),
                ["username"] = user.UserName,
                ["role"] = user.Role,
                ["status"] = user.Status,
                ["account"] = new JsonObject { ["id"] = workspace.AccountId.ToString(), ["name"] = workspace.AccountName },
                ["permission"] = new JsonObject
                {
                    ["id"] = user.PermissionId.ToString(),
                    ["workspaceId"] = workspace.Id.ToString(),
                    ["workspaceName"] = workspace.Name,
                    ["role"] = user.PermissionRole,
                    ["status"] = user.PermissionStatus,
                    ["customerRoles"] = null
                }
            }
        };
        var body = Header + "." + Base64Url.EncodeToString(Encoding.UTF8.GetBytes(payload.ToJsonString()));
        var signature = key.Rsa.SignData(Encoding.ASCII.GetBytes(body), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return body + "." + Base64Url.EncodeToString(signature);
    }

    /// <summary>The claims of a well-formed, correctly signed, unexpired token; otherwise null and why.</summary>
    public AccessTokenClaims? Validate(string token, out string reason)
    {
        var parts = token.Split('.');
        if (parts.Length != 3)
        {
            reason = "malformed token";
            return null;
        }
        byte[] signature;
        JsonNode? payload;
        try
        {
            signature = Base64Url.DecodeFromChars(parts[2]);
            payload = JsonNode.Parse(Base64Url.DecodeFromChars(parts[1]));
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            reason = "malformed token";
            return null;
        }
        if (!key.Rsa.VerifyData(Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]), signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1))
        {
            reason = "invalid signature";
            return null;
        }
        try
        {
            var exp = DateTimeOffset.FromUnixTimeSeconds(payload!["exp"]!.GetValue<long>());
            if (exp <= clock.GetUtcNow())
            {
                reason = "token expired";
                return null;
            }
            var permission = payload["principal"]!["permission"]!;
            reason = "";
            return new AccessTokenClaims(
                Guid.Parse(permission["workspaceId"]!.GetValue<string>()),
                Guid.Parse(payload["principal"]!["id"]!.GetValue<string>()),
                permission["role"]?.GetValue<string>() ?? "VIEWER",
                exp);
        }
        catch (Exception e) when (e is NullReferenceException or InvalidOperationException or FormatException)
        {
            reason = "malformed token";
            return null;
        }
    }

}
