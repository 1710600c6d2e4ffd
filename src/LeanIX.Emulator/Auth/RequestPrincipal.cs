using LeanIX.Emulator.Store;

namespace LeanIX.Emulator.Auth;

/// <summary>Who made an authenticated request: the workspace and user of its bearer token.</summary>
public sealed record RequestPrincipal(Workspace Workspace, Guid UserId, string WorkspaceRole);

public static class RequestPrincipalExtensions
{
    private const string Key = "LeanIX.Emulator.Principal";

    public static void SetPrincipal(this HttpContext context, RequestPrincipal principal) => context.Items[Key] = principal;

    /// <summary>The principal set by the bearer middleware; every <c>/services/*</c> route except the token endpoint has one.</summary>
    public static RequestPrincipal Principal(this HttpContext context) =>
        context.Items[Key] as RequestPrincipal
        ?? throw new InvalidOperationException("No authenticated principal on this request.");

    public static RequestPrincipal? TryGetPrincipal(this HttpContext context) => context.Items[Key] as RequestPrincipal;
}
