using GraphQL.Types;
using LeanIX.Emulator.Domain;
using LeanIX.Emulator.Graph.Schema;
using LeanIX.Emulator.Mutations;
using LeanIX.Emulator.Store;
using LeanIX.Emulator.Wire;

namespace LeanIX.Emulator.Graph.Types;

/// <summary>
/// D90 <c>constrainingRelations { relations { id factSheet { id name type } } }</c> on every relation node. The type
/// names <c>ConstrainingRelations</c>/<c>ConstrainingRelation</c> and the members beyond <c>id</c> and <c>factSheet</c>
/// are [I]. A constraining relation is seen from the constraint's fact sheet, so <c>factSheet</c> is its far end
/// (e.g. the UserGroup) whichever end the constrained relation was read from.
/// </summary>
public static class RelationConstraintTypes
{
    public sealed record Item(IWorkspaceView View, Relation Relation, Guid NearId);

    public static ObjectGraphType Build(IInterfaceGraphType baseFactSheet)
    {
        var item = new ObjectGraphType { Name = "ConstrainingRelation" };
        item.Add("id", typeof(NonNullGraphType<IdGraphType>), c => Formats.Id(c.Src<Item>().Relation.Id));
        item.Add("type", typeof(StringGraphType), c => Key(c.Src<Item>()));
        item.Add("activeFrom", typeof(StringGraphType), c => c.Src<Item>().Relation.ActiveFrom);
        item.Add("activeUntil", typeof(StringGraphType), c => c.Src<Item>().Relation.ActiveUntil);
        item.Add("description", typeof(StringGraphType), c => c.Src<Item>().Relation.Description);
        item.Add("factSheet", baseFactSheet, c =>
        {
            var i = c.Src<Item>();
            return i.View.FactSheets.Get(i.Relation.OtherEnd(i.NearId)) is { } fs ? new FsNode(i.View, fs) : null;
        });
        var container = new ObjectGraphType { Name = "ConstrainingRelations" };
        container.Add("relations", new NonNullGraphType(new ListGraphType(new NonNullGraphType(item))), c => c.Src<IReadOnlyList<Item>>());
        return container;
    }

    /// <summary>The container's source: the ACTIVE constraining relations, oldest constraint first; empty when unconstrained.</summary>
    public static IReadOnlyList<Item> Of(IWorkspaceView view, Relation constrained) =>
        RelationConstraints.Of(view, constrained)
            .OrderBy(c => c.CreatedAt).ThenBy(c => c.Id)
            .Select(c => (Constraint: c, Relation: view.Relations.Get(c.ConstrainingRelationId)))
            .Where(x => x.Relation is { IsActive: true })
            .Select(x => new Item(view, x.Relation!, x.Constraint.FactSheetId))
            .ToList();

    private static string? Key(Item i)
    {
        var type = i.View.FactSheets.Get(i.NearId) is { } fs ? i.View.Model.Type(fs.Type) : null;
        return type?.Relations.Values.FirstOrDefault(r =>
            r.Definition.InternalName == i.Relation.DefinitionName && (r.IsFromSide ? i.Relation.FromId : i.Relation.ToId) == i.NearId)?.Key;
    }
}
