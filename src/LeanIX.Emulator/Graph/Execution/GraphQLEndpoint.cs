using System.Text.Json.Nodes;
using GraphQL;
using GraphQL.SystemTextJson;
using GraphQL.Transport;
using LeanIX.Emulator.Auth;
using LeanIX.Emulator.Graph.Errors;
using LeanIX.Emulator.Graph.Schema;
using LeanIX.Emulator.Wire;

namespace LeanIX.Emulator.Graph.Execution;

/// <summary>
/// <c>POST /services/pathfinder/v1/graphql</c> (graphql.md §1). The whole request runs under the
/// workspace lock; all mutation fields share one transaction that is committed only when no error
/// occurred (D17 all-or-nothing). GraphQL-level errors are always HTTP 200.
/// </summary>
public sealed class GraphQLEndpoint(SchemaCache schemas, IDocumentExecuter executer, GraphQLSerializer serializer)
{
    /// <summary>The real limit is a token count that is not documented; this bound only stops absurd requests.</summary>
    public const int MaxQueryCharacters = 1_000_000;

    // Apostrophes and the like are written as they are, not as \u0027 escapes, like the real service.
    private static readonly System.Text.Json.JsonSerializerOptions WireJson =
        new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public async Task HandleAsync(HttpContext http)
    {
        GraphQLRequest? request;
        try
        {
            request = await serializer.ReadAsync<GraphQLRequest>(http.Request.Body, http.RequestAborted);
        }
        catch (Exception e) when (e is not OperationCanceledException and not BadHttpRequestException)
        {
            await Envelope.WriteErrorAsync(http, 400, "Malformed GraphQL request body: " + e.Message);
            return;
        }
        if (request?.Query is not { Length: > 0 })
        {
            await Envelope.WriteErrorAsync(http, 400, "A GraphQL request needs a 'query'.", "query");
            return;
        }

        if (request.Query.Length > MaxQueryCharacters)
        {
            // graphql.md §1: the documented answer to an oversized query (no data member).
            await WriteAsync(http, new JsonObject
            {
                ["errors"] = new JsonArray(new JsonObject
                {
                    ["message"] = "The request contains too many characters. To prevent Denial Of Service attacks, parsing has been cancelled."
                })
            });
            return;
        }

        var principal = http.Principal();
        var workspace = principal.Workspace;
        JsonObject response;
        // Queries share the workspace; a document that may hold a mutation takes it exclusively. The test is
        // deliberately coarse (any "mutation" word): a false positive only costs parallelism.
        var mayWrite = System.Text.RegularExpressions.Regex.IsMatch(request.Query, @"\bmutation\b");
        using (mayWrite ? await workspace.LockAsync(http.RequestAborted) : await workspace.ReadLockAsync(http.RequestAborted))
        {
            var context = new GraphContext(workspace, principal.UserId);
            GraphQL.Types.ISchema schema;
            try
            {
                schema = schemas.For(workspace);
            }
            catch (Exception e) when (e is InvalidOperationException or AggregateException or ArgumentException)
            {
                // A model whose names clash with the fixed schema types (e.g. a fact sheet type called "Tag")
                // cannot be served; say so instead of failing with HTTP 500.
                response = new JsonObject
                {
                    ["data"] = null,
                    ["errors"] = new JsonArray(new JsonObject { ["message"] = "The workspace data model cannot be served as a GraphQL schema: " + e.Message })
                };
                await WriteAsync(http, response);
                return;
            }
            var result = await executer.ExecuteAsync(new ExecutionOptions
            {
                Schema = schema,
                Query = request.Query,
                Variables = request.Variables,
                OperationName = request.OperationName,
                UserContext = context,
                RequestServices = http.RequestServices,
                CancellationToken = http.RequestAborted,
                ThrowOnUnhandledException = false
            });
            var failed = result.Errors is { Count: > 0 };
            response = ResponseWriter.Write(result, context, serializer);
            // Any error drops the transaction: nothing of the request is persisted (D17).
            if (context.HasTransaction && !failed) workspace.Commit(context.Transaction);
        }
        await WriteAsync(http, response);
    }

    private static async Task WriteAsync(HttpContext http, JsonObject body)
    {
        http.Response.StatusCode = 200;
        http.Response.ContentType = "application/json";
        await http.Response.WriteAsync(body.ToJsonString(WireJson), http.RequestAborted);
    }
}
