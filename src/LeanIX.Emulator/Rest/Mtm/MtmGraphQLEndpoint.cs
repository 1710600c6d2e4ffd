using GraphQL;
using GraphQL.SystemTextJson;
using GraphQL.Transport;
using LeanIX.Emulator.Auth;
using LeanIX.Emulator.Wire;

namespace LeanIX.Emulator.Rest.Mtm;

/// <summary>
/// <c>POST /services/mtm/v1/graphql</c> (D63) with the minimal <see cref="MtmGraphQLSchema"/>: HTTP 200 with
/// <c>{"data","errors"?}</c>; unknown fields fail GraphQL validation like Pathfinder's (D17); a body that is not a GraphQL
/// request is a 400 D2 body.
/// </summary>
public static class MtmGraphQLEndpoint
{
    public const string Path = "/services/mtm/v1/graphql";
    private static readonly Lazy<MtmGraphQLSchema> Schema = new(() => new MtmGraphQLSchema());
    private static readonly DocumentExecuter Executer = new();
    private static readonly GraphQLSerializer Serializer = new();

    public static WebApplication MapMtmGraphQLEndpoint(this WebApplication app)
    {
        app.MapPost(Path, (Func<HttpContext, Task>)HandleAsync);
        return app;
    }

    private static async Task HandleAsync(HttpContext context)
    {
        var principal = context.Principal();
        GraphQLRequest? request;
        try
        {
            request = await Serializer.ReadAsync<GraphQLRequest>(context.Request.Body, context.RequestAborted);
        }
        catch (System.Text.Json.JsonException e)
        {
            await Envelope.WriteErrorAsync(context, StatusCodes.Status400BadRequest, $"The request body is not a GraphQL request: {e.Message}", "body");
            return;
        }
        if (string.IsNullOrWhiteSpace(request?.Query))
        {
            await Envelope.WriteErrorAsync(context, StatusCodes.Status400BadRequest, "The GraphQL request has no query.", "query");
            return;
        }
        ExecutionResult result;
        using (await principal.Workspace.ReadLockAsync(context.RequestAborted))
            result = await Executer.ExecuteAsync(o =>
            {
                o.Schema = Schema.Value;
                o.Query = request.Query;
                o.Variables = request.Variables;
                o.OperationName = request.OperationName;
                o.UserContext = new MtmGraphQLContext(principal);
                o.CancellationToken = context.RequestAborted;
            });
        context.Response.ContentType = "application/json";
        await Serializer.WriteAsync(context.Response.Body, result, context.RequestAborted);
    }
}
