using LeanIX.Emulator.Auth;
using LeanIX.Emulator.Wire;

namespace LeanIX.Emulator.Rest;

/// <summary>
/// How the admin services with D2 error bodies (synclog, to-dos) map a route: refusals thrown by a handler
/// (<see cref="RestInputException"/>, <see cref="NotFoundException"/>, <see cref="ConflictException"/>) become D2 bodies,
/// and a VIEWER token is kept from writes (D66).
/// </summary>
public static class ServiceRoutes
{
    /// <summary>Maps one route; <paramref name="writes"/> says whether it changes anything (a VIEWER then gets 403).</summary>
    public static void Map(WebApplication app, string method, string pattern, bool writes, string service, Func<HttpContext, Task<IResult>> handler) =>
        app.MapMethods(pattern, [method], (Delegate)(Func<HttpContext, Task<IResult>>)(c => GuardedAsync(c, writes, service, handler))); // a bare RequestDelegate would drop the IResult

    /// <summary>The route value <c>{name}</c>.</summary>
    public static string Route(HttpContext context, string name = "id") => (string)context.Request.RouteValues[name]!;

    /// <summary><c>page</c>/<c>size</c> (D33 rules) or a 400.</summary>
    public static PageRequest Page(IQueryCollection query) =>
        PageRequest.Parse(query, out var error) ?? throw new RestInputException(error!.Value.Message, query[error.Value.Param].FirstOrDefault(), error.Value.Param);

    private static async Task<IResult> GuardedAsync(HttpContext context, bool writes, string service, Func<HttpContext, Task<IResult>> handler)
    {
        if (writes && context.Principal().WorkspaceRole.Equals("VIEWER", StringComparison.OrdinalIgnoreCase))
            return Envelope.ErrorResult(StatusCodes.Status403Forbidden, $"A VIEWER may read the {service} but not change it.", "VIEWER");
        try
        {
            return await handler(context);
        }
        catch (RestInputException e)
        {
            return Envelope.ErrorResult(StatusCodes.Status400BadRequest, e.Message, e.Value ?? e.Field);
        }
        catch (NotFoundException e)
        {
            return Envelope.ErrorResult(StatusCodes.Status404NotFound, e.Message, e.Value);
        }
        catch (ConflictException e)
        {
            return Envelope.ErrorResult(StatusCodes.Status409Conflict, e.Message, e.Value);
        }
    }
}
