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
public sealed class GraphQLEndpoint(SchemaCache schemas, IDocumentExecuter executer, GraphQLSerializer serializer, GraphQLLimits limits, TimeProvider clock)
{
    // Admission for queries only (see GraphQLLimits.MaxConcurrentQueries); writers pass by it.
    private readonly SemaphoreSlim _queryAdmission = new(limits.MaxConcurrentQueries, limits.MaxConcurrentQueries);

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
        await RunAsync(http, request, null);
    }

    /// <summary>
    /// <c>POST /graphql/upload</c> (graphql.md §1, RUBY-PF processGraphQLMultipart): form parts <c>graphQLRequest</c> (the JSON
    /// request) and <c>file</c>. A <c>createDocument</c> of the request keeps the file as the document's content (admin.md §11.1).
    /// </summary>
    public async Task HandleUploadAsync(HttpContext http)
    {
        // D66: a VIEWER changes nothing, and an upload exists only to create a document.
        if (http.Principal().WorkspaceRole.Equals("VIEWER", StringComparison.OrdinalIgnoreCase))
        {
            await Envelope.WriteErrorAsync(http, 403, "A VIEWER may not upload documents.", "VIEWER");
            return;
        }
        if (!http.Request.HasFormContentType)
        {
            await Envelope.WriteErrorAsync(http, 400, "An upload is multipart/form-data with the parts 'graphQLRequest' and 'file'.", "Content-Type");
            return;
        }
        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        GraphQLRequest? request;
        try
        {
            request = form["graphQLRequest"].FirstOrDefault() is { Length: > 0 } text ? serializer.Deserialize<GraphQLRequest>(text) : null;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await Envelope.WriteErrorAsync(http, 400, "Malformed GraphQL request part: " + e.Message, "graphQLRequest");
            return;
        }
        if (form.Files.GetFile("file") is not { } file)
        {
            await Envelope.WriteErrorAsync(http, 400, "An upload needs the part 'file'.", "file");
            return;
        }
        using var content = new MemoryStream();
        await file.CopyToAsync(content, http.RequestAborted);
        var upload = new UploadedFile(Path.GetFileName(file.FileName is { Length: > 0 } n ? n : "file"),
            string.IsNullOrEmpty(file.ContentType) ? "application/octet-stream" : file.ContentType, content.ToArray());
        await RunAsync(http, request, upload);
    }

    private async Task RunAsync(HttpContext http, GraphQLRequest? request, UploadedFile? upload)
    {
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

        var check = QueryLimitCheck.Check(request.Query, request.Variables, limits);
        if (check.Refusal is { } refusal)
        {
            await WriteAsync(http, LimitError(refusal));
            return;
        }

        var principal = http.Principal();
        var workspace = principal.Workspace;
        // The execution limit runs on the injected clock from here on, waiting for the write turn included;
        // the client going away cancels as well.
        using var timeout = new CancellationTokenSource(limits.ExecutionTimeout, clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token, http.RequestAborted);
        object response;
        try
        {
            response = await ExecuteAsync(http, request, check.Document, workspace, principal.UserId, upload, linked.Token);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !http.RequestAborted.IsCancellationRequested)
        {
            // Nothing of a cancelled request is committed (D17 all-or-nothing).
            response = LimitError($"Query execution was cancelled: it ran longer than the limit executionTimeout = {limits.ExecutionTimeout.TotalSeconds:0.###} s.");
        }
        if (response is PooledBody direct)
        {
            using (direct) await WriteAsync(http, direct);
        }
        else if (response is MemoryStream bytes) await WriteAsync(http, bytes);
        else await WriteAsync(http, (JsonObject)response);
    }

    private async Task<object> ExecuteAsync(HttpContext http, GraphQLRequest request, GraphQLParser.AST.GraphQLDocument? document,
        Store.Workspace workspace, Guid userId, UploadedFile? upload, CancellationToken cancellationToken)
    {
        // Queries read the version of the workspace current when they start and hold no lock; a document that
        // may hold a mutation takes the write turn. The test is deliberately coarse (any "mutation" word):
        // a false positive only costs a place in the writers' queue.
        var mayWrite = System.Text.RegularExpressions.Regex.IsMatch(request.Query!, @"\bmutation\b");
        if (!mayWrite) await _queryAdmission.WaitAsync(cancellationToken);
        try
        {
            return await ExecuteInTurnAsync(http, request, document, workspace, userId, mayWrite, upload, cancellationToken);
        }
        finally
        {
            if (!mayWrite) _queryAdmission.Release();
        }
    }

    /// <summary>The response: serialized bytes of an error-free result (<see cref="DataResponse"/>), else a JSON object.</summary>
    private async Task<object> ExecuteInTurnAsync(HttpContext http, GraphQLRequest request, GraphQLParser.AST.GraphQLDocument? document,
        Store.Workspace workspace, Guid userId, bool mayWrite, UploadedFile? upload, CancellationToken cancellationToken)
    {
        using (mayWrite ? await workspace.LockAsync(cancellationToken) : await workspace.ReadLockAsync(cancellationToken))
        {
            var context = new GraphContext(workspace, userId);
            if (upload is not null) context[UploadedFile.Key] = upload;
            GraphQL.Types.ISchema schema;
            try
            {
                schema = schemas.For(workspace);
            }
            catch (Exception e) when (e is InvalidOperationException or AggregateException or ArgumentException)
            {
                // A model whose names clash with the fixed schema types (e.g. a fact sheet type called "Tag")
                // cannot be served; say so instead of failing with HTTP 500.
                return new JsonObject
                {
                    ["data"] = null,
                    ["errors"] = new JsonArray(new JsonObject { ["message"] = "The workspace data model cannot be served as a GraphQL schema: " + e.Message })
                };
            }
            var result = await executer.ExecuteAsync(new ExecutionOptions
            {
                Schema = schema,
                Query = request.Query,
                Document = document,
                Variables = request.Variables,
                OperationName = request.OperationName,
                UserContext = context,
                RequestServices = http.RequestServices,
                CancellationToken = cancellationToken,
                ThrowOnUnhandledException = false
            });
            // A cancellation the executer reported as an error instead of throwing it is still a cancellation.
            cancellationToken.ThrowIfCancellationRequested();
            var failed = result.Errors is { Count: > 0 };
            if (result.Data is PooledBody direct) return direct;
            object response = DataResponse.Applies(result) ? await DataResponse.SerializeAsync(result, serializer, cancellationToken) : ResponseWriter.Write(result, context, serializer);
            // Any error drops the transaction: nothing of the request is persisted (D17).
            if (context.HasTransaction && !failed) workspace.Commit(context.Transaction);
            return response;
        }
    }

    /// <summary>A refused request in the D17 validation shape: no data, one error naming the limit.</summary>
    private static JsonObject LimitError(string message) => new()
    {
        ["data"] = null,
        ["errors"] = new JsonArray(new JsonObject { ["message"] = message })
    };

    private static async Task WriteAsync(HttpContext http, PooledBody body)
    {
        http.Response.StatusCode = 200;
        http.Response.ContentType = "application/json";
        await body.CopyToAsync(http.Response.Body, http.RequestAborted);
    }

    private static async Task WriteAsync(HttpContext http, MemoryStream body)
    {
        http.Response.StatusCode = 200;
        http.Response.ContentType = "application/json";
        await body.CopyToAsync(http.Response.Body, http.RequestAborted);
    }

    private static async Task WriteAsync(HttpContext http, JsonObject body)
    {
        http.Response.StatusCode = 200;
        http.Response.ContentType = "application/json";
        await http.Response.WriteAsync(body.ToJsonString(WireJson), http.RequestAborted);
    }
}
