using GraphQL.Types;
using LeanIX.Emulator.Domain;
using LeanIX.Emulator.Graph.Schema;
using LeanIX.Emulator.Store;
using LeanIX.Emulator.Wire;

namespace LeanIX.Emulator.Graph.Types;

/// <summary>What <c>upsertRelation</c>/<c>deleteRelation</c> answer (D90) [I]: the relation and its <c>from</c> fact sheet.</summary>
public static class RelationResultTypes
{
    public sealed record Node(IWorkspaceView View, Relation Relation, string Key, Guid FromId);

    /// <summary>[I] <c>{id, type, activeFrom, activeUntil, description, fromFactSheet, toFactSheet}</c>; type = the key used.</summary>
    public static ObjectGraphType Relation(IInterfaceGraphType baseFactSheet)
    {
        var t = new ObjectGraphType { Name = "RelationMutationResult" };
        t.Add("id", typeof(NonNullGraphType<IdGraphType>), c => Formats.Id(c.Src<Node>().Relation.Id));
        t.Add("type", typeof(StringGraphType), c => c.Src<Node>().Key);
        t.Add("activeFrom", typeof(StringGraphType), c => c.Src<Node>().Relation.ActiveFrom);
        t.Add("activeUntil", typeof(StringGraphType), c => c.Src<Node>().Relation.ActiveUntil);
        t.Add("description", typeof(StringGraphType), c => c.Src<Node>().Relation.Description);
        t.Add("fromFactSheet", baseFactSheet, c => FactSheet(c.Src<Node>(), c.Src<Node>().FromId));
        t.Add("toFactSheet", baseFactSheet, c => FactSheet(c.Src<Node>(), c.Src<Node>().Relation.OtherEnd(c.Src<Node>().FromId)));
        return t;
    }

    public static ObjectGraphType Response(string name, ObjectGraphType relation, IInterfaceGraphType baseFactSheet)
    {
        var t = new ObjectGraphType { Name = name };
        t.Add("relation", relation, c => c.Source);
        t.Add("factSheet", baseFactSheet, c => FactSheet(c.Src<Node>(), c.Src<Node>().FromId));
        return t;
    }

    /// <summary>The node of a result; <paramref name="key"/> is the directional key the caller used, so <c>from</c> is its near end.</summary>
    public static Node Result(WorkspaceTransaction tx, Relation relation, string key)
    {
        var fromSide = tx.Model.Types.Values.Select(t => t.Relation(key)).FirstOrDefault(r => r?.Definition.InternalName == relation.DefinitionName);
        return new Node(tx, relation, key, fromSide is null || fromSide.IsFromSide ? relation.FromId : relation.ToId);
    }

    private static FsNode? FactSheet(Node node, Guid id) => node.View.FactSheets.Get(id) is { } fs ? new FsNode(node.View, fs) : null;
}
