using GraphQL.Types;
using LeanIX.Emulator.Graph.Execution;
using LeanIX.Emulator.Graph.Resolvers;
using LeanIX.Emulator.Graph.Schema;
using LeanIX.Emulator.Graph.Types;
using LeanIX.Emulator.Mutations;
using static LeanIX.Emulator.Graph.Areas.MutationArgs;
using static LeanIX.Emulator.Graph.Schema.Fields;

namespace LeanIX.Emulator.Graph.Areas;

/// <summary>Subscriptions of users to fact sheets and their roles (D16).</summary>
public sealed class SubscriptionFields : IGraphFieldContributor
{
    public void AddQueryFields(ObjectGraphType query, SchemaParts types)
    {
        query.Add("allSubscriptionRoles", types.Entities.RoleConnection, c =>
        {
            var view = c.Graph().Workspace.State;
            var roles = view.SubscriptionRoles.All.OrderBy(r => r.Name, StringComparer.OrdinalIgnoreCase).ThenBy(r => r.Id).ToList();
            return Resolvers.Paging.Page(roles, c.Int("first"), c.Str("after"), Resolvers.Paging.Snapshot("allSubscriptionRoles"), r => new RoleNode(view, r));
        }, Paging());
        // D72: the read name of the mandatory list; a type the current model lacks is dropped, as for restrictToFactSheetTypes.
        types.Entities.Role.Add("mandatoryForFactSheetTypes", new ListGraphType(types.Inputs.FactSheetType), c =>
            c.Src<RoleNode>().Role.MandatoryForFactSheetTypes.Where(t => c.Graph().Workspace.Model.Types.ContainsKey(t)).ToList());
    }

    public void AddMutationFields(ObjectGraphType mutation, SchemaParts types)
    {
        var inputs = types.Inputs;
        QueryArgument[] SubscriptionArgs(string idName) =>
        [
            RequiredId(idName), FactSheetRev(), Arg("user", new NonNullGraphType(inputs.UserInput)),
            Arg("type", new NonNullGraphType(inputs.SubscriptionType)), Arg("roleIds", new ListGraphType(new IdGraphType())),
            Arg("roles", new ListGraphType(inputs.RoleLinkInput)), ValidateOnly()
        ];
        mutation.Add("createSubscription", types.Entities.Subscription, c => MutationRunner.Run(c, tx =>
        {
            var s = SubscriptionMutations.Create(tx, MutationRunner.Id(c, "factSheetId", MutationEntityType.FactSheet), c.Long("factSheetRev"),
                MutationRunner.User(c), c.Str("type")!, MutationRunner.Roles(c));
            return () => new SubscriptionNode(tx, tx.Subscriptions.Get(s.Id) ?? s);
        }), SubscriptionArgs("factSheetId"));
        mutation.Add("updateSubscription", types.Entities.Subscription, c => MutationRunner.Run(c, tx =>
        {
            var s = SubscriptionMutations.Update(tx, MutationRunner.Id(c, "id", MutationEntityType.Subscription), c.Long("factSheetRev"),
                MutationRunner.User(c), c.Str("type")!, MutationRunner.Roles(c));
            return () => new SubscriptionNode(tx, tx.Subscriptions.Get(s.Id) ?? s);
        }), SubscriptionArgs("id"));
        // D16: deleteSubscription returns the fact sheet.
        mutation.Add("deleteSubscription", types.FactSheets.Interface, c => MutationRunner.Run(c, tx =>
        {
            var fs = SubscriptionMutations.Delete(tx, MutationRunner.Id(c, "id", MutationEntityType.Subscription), c.Long("factSheetRev"));
            return () => new FsNode(tx, tx.FactSheets.Get(fs.Id) ?? fs);
        }), RequiredId(), FactSheetRev(), ValidateOnly());
        AddRoleMutations(mutation, types);
    }

    /// <summary>
    /// admin.md §13.1, D72: input names <c>type</c>/<c>allowedFactSheetTypes</c>, with the read names
    /// <c>subscriptionType</c>/<c>restrictToFactSheetTypes</c> accepted as aliases.
    /// </summary>
    private static void AddRoleMutations(ObjectGraphType mutation, SchemaParts types)
    {
        var inputs = types.Inputs;
        QueryArgument[] RoleArgs() =>
        [
            Arg("name", typeof(NonNullGraphType<StringGraphType>)), Arg("description", typeof(StringGraphType)),
            Arg("type", inputs.SubscriptionType), Arg("subscriptionType", inputs.SubscriptionType),
            Arg("allowedFactSheetTypes", new ListGraphType(new NonNullGraphType(inputs.FactSheetType))),
            Arg("restrictToFactSheetTypes", new ListGraphType(new NonNullGraphType(inputs.FactSheetType))),
            Arg("mandatoryForFactSheetTypes", new ListGraphType(new NonNullGraphType(inputs.FactSheetType))), ValidateOnly()
        ];
        static string? Type(GraphQL.IResolveFieldContext c) => c.Str("type") ?? c.Str("subscriptionType");
        static IReadOnlyList<string>? Allowed(GraphQL.IResolveFieldContext c) =>
            MutationRunner.Strings(c, "allowedFactSheetTypes") ?? MutationRunner.Strings(c, "restrictToFactSheetTypes");

        mutation.Add("createSubscriptionRole", types.Entities.Role, c => MutationRunner.Run(c, tx =>
        {
            var role = SubscriptionRoleMutations.Create(tx, c.Str("name"), c.Str("description"), Type(c), Allowed(c),
                MutationRunner.Strings(c, "mandatoryForFactSheetTypes"));
            return () => new RoleNode(tx, tx.SubscriptionRoles.Get(role.Id) ?? role);
        }), RoleArgs());
        mutation.Add("updateSubscriptionRole", types.Entities.Role, c => MutationRunner.Run(c, tx =>
        {
            var role = SubscriptionRoleMutations.Update(tx, MutationRunner.Id(c, "id", MutationEntityType.SubscriptionRole), c.Str("name"),
                c.Str("description"), Type(c), Allowed(c), MutationRunner.Strings(c, "mandatoryForFactSheetTypes"));
            return () => new RoleNode(tx, tx.SubscriptionRoles.Get(role.Id) ?? role);
        }), [RequiredId(), .. RoleArgs()]);
        mutation.Add("deleteSubscriptionRole", types.Entities.Role, c => MutationRunner.Run(c, tx =>
        {
            var role = SubscriptionRoleMutations.Delete(tx, MutationRunner.Id(c, "id", MutationEntityType.SubscriptionRole));
            return () => new RoleNode(tx, role);
        }), RequiredId(), ValidateOnly());
    }
}
