using GraphQL;
using GraphQL.Types;
using LeanIX.Emulator.Auth;
using LeanIX.Emulator.Domain;
using LeanIX.Emulator.Wire;

namespace LeanIX.Emulator.Rest.Mtm;

/// <summary>
/// D63: the minimal MTM GraphQL schema, <c>workspace(id){id name}</c> and <c>users(workspaceId, first, after)</c> as a
/// connection of the workspace's users. Reads the caller's workspace only; another workspace id is an error on the field.
/// </summary>
public sealed class MtmGraphQLSchema : Schema
{
    public MtmGraphQLSchema()
    {
        var workspace = new ObjectGraphType { Name = "Workspace" };
        workspace.Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => Formats.Id(((Store.Workspace)c.Source!).Id));
        workspace.Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => ((Store.Workspace)c.Source!).Name);

        var user = new ObjectGraphType { Name = "User" };
        user.Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => Formats.Id(((User)c.Source!).Id));
        user.Field<StringGraphType>("userName").Resolve(c => ((User)c.Source!).UserName);
        user.Field<StringGraphType>("email").Resolve(c => ((User)c.Source!).Email);
        user.Field<StringGraphType>("firstName").Resolve(c => ((User)c.Source!).FirstName);
        user.Field<StringGraphType>("lastName").Resolve(c => ((User)c.Source!).LastName);
        user.Field<StringGraphType>("displayName").Resolve(c => ((User)c.Source!).DisplayName);
        user.Field<StringGraphType>("status").Resolve(c => ((User)c.Source!).Status);
        user.Field<StringGraphType>("role").Resolve(c => ((User)c.Source!).PermissionRole);
        user.Field<BooleanGraphType>("technicalUser").Resolve(c => ((User)c.Source!).TechnicalUser);

        var edge = new ObjectGraphType { Name = "UserEdge" };
        edge.Field("node", new NonNullGraphType(user)).Resolve(c => ((Edge)c.Source!).User);
        edge.Field<NonNullGraphType<StringGraphType>>("cursor").Resolve(c => ((Edge)c.Source!).Cursor);
        var pageInfo = new ObjectGraphType { Name = "PageInfo" };
        pageInfo.Field<NonNullGraphType<BooleanGraphType>>("hasNextPage").Resolve(c => ((Page)c.Source!).HasNextPage);
        pageInfo.Field<StringGraphType>("endCursor").Resolve(c => ((Page)c.Source!).Edges.LastOrDefault()?.Cursor);
        var connection = new ObjectGraphType { Name = "UserConnection" };
        connection.Field<NonNullGraphType<IntGraphType>>("totalCount").Resolve(c => ((Page)c.Source!).Total);
        connection.Field("edges", new NonNullGraphType(new ListGraphType(new NonNullGraphType(edge)))).Resolve(c => ((Page)c.Source!).Edges);
        connection.Field("pageInfo", new NonNullGraphType(pageInfo)).Resolve(c => c.Source);

        var query = new ObjectGraphType { Name = "Query" };
        query.Field("workspace", workspace).Argument<NonNullGraphType<IdGraphType>>("id").Resolve(c => Own(c, c.GetArgument<string>("id")));
        query.Field("users", new NonNullGraphType(connection))
            .Argument<NonNullGraphType<IdGraphType>>("workspaceId").Argument<IntGraphType>("first").Argument<StringGraphType>("after")
            .Resolve(c => Users(Own(c, c.GetArgument<string>("workspaceId")), c.GetArgument<int?>("first"), c.GetArgument<string?>("after")));
        Query = query;
    }

    private static Store.Workspace Own(IResolveFieldContext context, string id)
    {
        var principal = ((MtmGraphQLContext)context.UserContext).Principal;
        return Guid.TryParse(id, out var parsed) && parsed == principal.Workspace.Id
            ? principal.Workspace
            : throw new ExecutionError($"Workspace '{id}' is not the caller's workspace or does not exist.") { Code = "NOT_FOUND" };
    }

    /// <summary>Users by user name; <c>after</c> is the opaque cursor of an edge (its position), <c>first</c> at most 100 (default 30).</summary>
    private static Page Users(Store.Workspace workspace, int? first, string? after)
    {
        var size = Math.Clamp(first ?? 30, 0, 100);
        var start = after is null ? 0 : DecodeCursor(after) + 1;
        var all = workspace.State.Users.All.OrderBy(u => u.UserName, StringComparer.OrdinalIgnoreCase).ThenBy(u => u.Id).ToList();
        var edges = all.Skip(start).Take(size).Select((u, i) => new Edge(u, Convert.ToBase64String(BitConverter.GetBytes(start + i)))).ToList();
        return new Page(edges, all.Count, start + edges.Count < all.Count);
    }

    private static int DecodeCursor(string cursor)
    {
        try
        {
            var bytes = Convert.FromBase64String(cursor);
            if (bytes.Length == 4) return BitConverter.ToInt32(bytes);
        }
        catch (FormatException) { }
        throw new ExecutionError($"'{cursor}' is not a cursor of this connection.") { Code = "BAD_USER_INPUT" };
    }

    private sealed record Edge(User User, string Cursor);

    private sealed record Page(List<Edge> Edges, int Total, bool HasNextPage);
}

/// <summary>The caller of an MTM GraphQL request.</summary>
public sealed class MtmGraphQLContext(RequestPrincipal principal) : Dictionary<string, object?>
{
    public RequestPrincipal Principal { get; } = principal;
}
