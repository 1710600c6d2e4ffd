using GraphQL;
using GraphQL.SystemTextJson;
using LeanIX.Emulator.Graph.Execution;
using LeanIX.Emulator.Graph.Schema;

namespace LeanIX.Emulator.Graph;

/// <summary>Registers and maps the Pathfinder GraphQL endpoint (graphql.md §1).</summary>
public static class GraphQLSetup
{
    public const string Path = "/services/pathfinder/v1/graphql";

    public static IServiceCollection AddEmulatorGraphQL(this IServiceCollection services, GraphQLLimits? limits = null)
    {
        services.AddSingleton(limits ?? new GraphQLLimits());
        services.AddSingleton<SchemaCache>();
        var mode = new GraphQLExecutionMode();
        services.AddSingleton(mode);
        // Every resolver is synchronous over an in-memory version: the parallel strategy's tasks per field buy
        // nothing and cost a large share of serving a page (issue 15), so queries run serially like mutations.
        services.AddSingleton<IDocumentExecuter>(new DocumentExecuter(new GraphQL.Execution.GraphQLDocumentBuilder(), new GraphQL.Validation.DocumentValidator(),
            new GraphQL.Execution.DefaultExecutionStrategySelector(
            [
                new GraphQL.Execution.ExecutionStrategyRegistration(new DirectJsonStrategy(mode), GraphQLParser.AST.OperationType.Query),
                new GraphQL.Execution.ExecutionStrategyRegistration(GraphQL.Execution.SerialExecutionStrategy.Instance, GraphQLParser.AST.OperationType.Mutation)
            ]), []));
        // Apostrophes and the like are written as they are, not as \u0027 escapes, like the real service: responses
        // are serialized by this serializer directly (DataResponse).
        services.AddSingleton(new GraphQLSerializer(o => o.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping));
        services.AddSingleton<GraphQLEndpoint>();
        return services;
    }

    public static WebApplication MapGraphQLEndpoint(this WebApplication app)
    {
        app.MapPost(Path, (HttpContext http, GraphQLEndpoint endpoint) => endpoint.HandleAsync(http));
        // admin.md §11.1 (amends D15's 400): uploads give documents their file content, which downloads need.
        app.MapPost(Path + "/upload", (HttpContext http, GraphQLEndpoint endpoint) => endpoint.HandleUploadAsync(http));
        return app;
    }
}
