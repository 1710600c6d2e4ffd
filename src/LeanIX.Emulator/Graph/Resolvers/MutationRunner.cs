using GraphQL;
using LeanIX.Emulator.Mutations;
using LeanIX.Emulator.Graph.Errors;
using LeanIX.Emulator.Graph.Execution;
using LeanIX.Emulator.Graph.Schema;
using LeanIX.Emulator.Store;
using LeanIX.Emulator.Wire;

namespace LeanIX.Emulator.Graph.Resolvers;

/// <summary>
/// Runs one top-level mutation field. Each field works in a nested transaction of the request's
/// transaction: on success it is merged into the parent (which completes the unit: rev bump, D19);
/// with <c>validateOnly: true</c> it is simply dropped (D18), while the returned objects still read
/// from it. An engine rejection becomes a D17 error with extensions; the endpoint then drops the
/// whole request transaction.
/// </summary>
public static class MutationRunner
{
    /// <param name="action">Performs the change and returns a function that builds the result after the unit completed.</param>
    public static object? Run(IResolveFieldContext c, Func<WorkspaceTransaction, Func<object?>> action)
    {
        var graph = c.Graph();
        var name = c.FieldAst.Alias?.Name.StringValue ?? c.FieldAst.Name.StringValue;
        var unit = new WorkspaceTransaction(graph.Transaction, graph.UserId, graph.Workspace.Clock);
        try
        {
            var produce = action(unit);
            if (!c.Bool("validateOnly")) unit.CommitToParent();
            graph.MutationFields.Add((name, false));
            return produce();
        }
        catch (MutationException e)
        {
            graph.MutationFields.Add((name, true));
            throw new BusinessError(e.Message, e.ErrorType, e.EntityType, e.ObjectId, e.ObjectPath);
        }
        catch
        {
            graph.MutationFields.Add((name, true));
            throw;
        }
    }

    /// <summary>Parses an id argument; a malformed id is "not found" (D17 template).</summary>
    public static Guid Id(IResolveFieldContext c, string argument, string entityType)
    {
        var raw = c.Str(argument);
        return Formats.ParseId(raw) ?? throw new BusinessError($"{entityType} with id '{raw}' not found",
            MutationErrorType.BusinessLogic, entityType, raw, null);
    }

    public static Guid? OptionalId(IResolveFieldContext c, string argument, string entityType) =>
        c.Raw(argument) is null ? null : Id(c, argument, entityType);

    /// <summary>
    /// The <c>patches</c> argument. graphql-dotnet already coerces a single object into a list (GraphQL
    /// list input coercion), so real scripts sending one patch object work. <c>value</c> must be a String (D17).
    /// </summary>
    public static IReadOnlyList<PatchOperation> Patches(IResolveFieldContext c)
    {
        var list = c.ListArg("patches") ?? [];
        var result = new List<PatchOperation>();
        foreach (var item in list)
        {
            if (item is not IDictionary<string, object?> patch) continue;
            var value = patch.Get("value");
            if (value is not null and not string)
                throw new BusinessError("Patch value must be a string", MutationErrorType.BusinessLogic, null, null, patch.Get("path")?.ToString());
            result.Add(new PatchOperation(patch.Get("op")?.ToString() ?? "", patch.Get("path")?.ToString() ?? "", (string?)value));
        }
        return result;
    }

    /// <summary><c>roleIds: [ID]</c> and <c>roles: [{id, comment}]</c> are both accepted on both subscription mutations (D14, D16).</summary>
    public static IReadOnlyList<RoleRef> Roles(IResolveFieldContext c)
    {
        var result = new List<RoleRef>();
        foreach (var role in c.ListArg("roles") ?? [])
        {
            if (role is not IDictionary<string, object?> link) continue;
            var id = Formats.ParseId(link.Get("id"))
                ?? throw new BusinessError($"SubscriptionRole with id '{link.Get("id")}' not found", MutationErrorType.BusinessLogic, MutationEntityType.Subscription, link.Get("id")?.ToString(), null);
            result.Add(new RoleRef(id, link.Get("comment")?.ToString()));
        }
        foreach (var raw in c.ListArg("roleIds") ?? [])
        {
            var id = Formats.ParseId(raw)
                ?? throw new BusinessError($"SubscriptionRole with id '{raw}' not found", MutationErrorType.BusinessLogic, MutationEntityType.Subscription, raw?.ToString(), null);
            if (result.All(r => r.Id != id)) result.Add(new RoleRef(id, null));
        }
        return result;
    }

    public static UserRef User(IResolveFieldContext c)
    {
        var user = c.Raw("user") as IDictionary<string, object?>;
        return new UserRef(Formats.ParseId(user?.Get("id")), user?.Get("email")?.ToString());
    }

    public static IReadOnlyList<string>? Strings(IResolveFieldContext c, string argument) =>
        c.ListArg(argument)?.Select(v => v?.ToString() ?? "").ToList();
}
