using LeanIX.Emulator.Wire;
using LeanIX.Emulator.Store;

namespace LeanIX.Emulator.Auth;

/// <summary>
/// Every <c>/services/*</c> route but the token endpoint needs a valid bearer token; a missing,
/// malformed, wrongly signed or expired one gets 401 with the D2 body, GraphQL included (D3).
/// </summary>
public sealed class BearerAuthenticationMiddleware(RequestDelegate next, AccessTokenService tokens, WorkspaceRegistry registry)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path;
        if (!path.StartsWithSegments("/services") || path.Equals(TokenEndpoint.Path, StringComparison.OrdinalIgnoreCase))
        {
            await next(context);
            return;
        }
        var header = context.Request.Headers.Authorization.FirstOrDefault();
        if (header is null || !header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            await Unauthorized(context, "missing bearer token");
            return;
        }
        var claims = tokens.Validate(header[7..].Trim(), out var reason);
        if (claims is null)
        {
            await Unauthorized(context, reason);
            return;
        }
        var workspace = registry.ById(claims.WorkspaceId);
        if (workspace is null || workspace.State.Users.Get(claims.UserId) is null)
        {
            await Unauthorized(context, "unknown workspace or user");
            return;
        }
        context.SetPrincipal(new RequestPrincipal(workspace, claims.UserId, claims.WorkspaceRole));
        await next(context);
    }

    private static Task Unauthorized(HttpContext context, string reason)
    {
        context.Response.Headers.WWWAuthenticate = "Bearer";
        return Envelope.WriteErrorAsync(context, StatusCodes.Status401Unauthorized, "Unauthorized", reason);
    }
}
