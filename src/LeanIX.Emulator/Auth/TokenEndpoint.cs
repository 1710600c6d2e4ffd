using System.Text;
using System.Text.Json.Nodes;
using LeanIX.Emulator.Store;

namespace LeanIX.Emulator.Auth;

/// <summary>
/// <c>POST /services/mtm/v1/oauth2/token</c>: the client-credentials exchange of auth.md §2.
/// Credentials come as Basic <c>apitoken:&lt;token&gt;</c> or as form <c>client_id=apitoken&amp;client_secret=…</c>;
/// <c>grant_type</c> in the form or the query string. Errors use the OAuth2 shape (D4).
/// </summary>
public static class TokenEndpoint
{
    public const string Path = "/services/mtm/v1/oauth2/token";

    public static async Task<IResult> HandleAsync(HttpContext context, WorkspaceRegistry registry, AccessTokenService tokens)
    {
        var (form, formError) = await TokenForm.ReadAsync(context);
        if (formError is { } bad) return OAuthError(bad.Status, "invalid_request", bad.Message);
        var grantType = form?["grant_type"].FirstOrDefault() ?? context.Request.Query["grant_type"].FirstOrDefault();
        var apiToken = ApiTokenFrom(context.Request, form);

        if (apiToken is null)
            return OAuthError(401, "invalid_client", "Missing client credentials: send Basic apitoken:<API token>");
        var match = registry.ByApiToken(apiToken);
        if (match is not { } found)
            return OAuthError(401, "invalid_client", "Bad credentials");
        if (string.IsNullOrEmpty(grantType))
            return OAuthError(400, "invalid_request", "Missing grant_type; use grant_type=client_credentials");
        if (grantType != "client_credentials")
            return OAuthError(400, "unsupported_grant_type", $"Unsupported grant type: {grantType}");

        var user = found.Workspace.State.Users.Get(found.UserId);
        if (user is null || user.Status != "ACTIVE")
            return OAuthError(403, "access_denied", "The technical user of this API token is not active");

        var instanceUrl = $"{context.Request.Scheme}://{context.Request.Host}";
        var accessToken = tokens.Issue(found.Workspace, user, instanceUrl);
        var body = new JsonObject
        {
            ["scope"] = "",
            ["expired"] = false,
            ["access_token"] = accessToken,
            ["token_type"] = "bearer",
            // The real service answers 3599 for a one-hour token (auth.md §2).
            ["expires_in"] = tokens.LifetimeSeconds - 1
        };
        return Results.Text(body.ToJsonString(), "application/json");
    }

    private static string? ApiTokenFrom(HttpRequest request, IFormCollection? form)
    {
        var header = request.Headers.Authorization.FirstOrDefault();
        if (header is not null && header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header[6..].Trim()));
                var colon = decoded.IndexOf(':');
                if (colon > 0 && decoded[..colon] == "apitoken") return decoded[(colon + 1)..];
            }
            catch (FormatException)
            {
                return null;
            }
            return null;
        }
        if (form is not null && form["client_id"].FirstOrDefault() == "apitoken")
            return form["client_secret"].FirstOrDefault();
        return null;
    }

    private static IResult OAuthError(int status, string error, string description) =>
        Results.Text(OAuthBody(error, description), "application/json", statusCode: status);

    /// <summary>The D4 OAuth error written straight from middleware (framework statuses on this path, D79).</summary>
    public static async Task WriteOAuthErrorAsync(HttpContext context, int status, string error, string description)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(OAuthBody(error, description), context.RequestAborted);
    }

    private static string OAuthBody(string error, string description) =>
        new JsonObject { ["error"] = error, ["error_description"] = description }.ToJsonString();
}
