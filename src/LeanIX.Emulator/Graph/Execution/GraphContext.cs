using GraphQL;
using LeanIX.Emulator.Store;

namespace LeanIX.Emulator.Graph.Execution;

/// <summary>
/// Per-request state handed to resolvers as graphql-dotnet's user context: the workspace (read under
/// its lock), the request's one transaction for mutations, and which top-level mutation fields ran.
/// </summary>
public sealed class GraphContext(Workspace workspace, Guid userId) : Dictionary<string, object?>
{
    private WorkspaceTransaction? _transaction;

    public Workspace Workspace { get; } = workspace;
    public Guid UserId { get; } = userId;

    /// <summary>The single transaction all mutation fields of this request write to; created on first use.</summary>
    public WorkspaceTransaction Transaction => _transaction ??= Workspace.Begin(UserId);

    public bool HasTransaction => _transaction is not null;

    /// <summary>Top-level mutation fields executed, by response name, with whether they failed.</summary>
    public List<(string Name, bool Failed)> MutationFields { get; } = [];

    /// <summary>The relations of the fact sheet read last, grouped by key (one page reads every key of each fact sheet).</summary>
    public Queries.RelationLists Relations { get; } = new();

    public DateOnly Today => DateOnly.FromDateTime(Workspace.Clock.GetUtcNow().UtcDateTime);

    public DateTimeOffset Now => Workspace.Clock.GetUtcNow();
}

public static class GraphContextExtensions
{
    public static GraphContext Graph(this IResolveFieldContext ctx) => (GraphContext)ctx.UserContext;
}
