using GraphQL.Types;
using LeanIX.Emulator.Graph.Execution;
using LeanIX.Emulator.Graph.Schema;
using LeanIX.Emulator.Model;
using LeanIX.Emulator.Wire;
using LeanIX.Emulator.Queries;

namespace LeanIX.Emulator.Graph.Types;

/// <summary>
/// D12 relation node types: one <c>&lt;RelKeyUpper&gt;</c> per directional key in the model, shared by
/// every type that has the key (relToParent …), with the union of the relation fields of all
/// definitions behind that key, and <c>factSheet</c> = the other end.
/// </summary>
public sealed class RelationTypes
{
    private readonly Dictionary<string, ObjectGraphType> _connections = new(StringComparer.Ordinal);

    public RelationTypes(DataModel model, ValueTypes values, IInterfaceGraphType baseFactSheet)
    {
        var fieldValues = new FieldValues(values);
        // A relation node type must not take the name of another type (e.g. a fact sheet type key).
        var taken = new HashSet<string>(model.Types.Keys, StringComparer.Ordinal)
        {
            "Tag", "TagGroup", "User", "Subscription", "SubscriptionRole", "SubscriptionRoleLink", "Document", "LogEvent",
            "Lifecycle", "LifecyclePhase", "ConstrainingRelations", "ConstrainingRelation", "ExternalId", "Location", "Completion", "FactSheetPermissions", "PageInfo", "Query", "Mutation"
        };
        var constraining = RelationConstraintTypes.Build(baseFactSheet);
        var byKey = model.Types.Values.SelectMany(t => t.Relations.Values).GroupBy(r => r.Key, StringComparer.Ordinal);
        foreach (var group in byKey)
        {
            var upper = char.ToUpperInvariant(group.Key[0]) + group.Key[1..];
            if (taken.Contains(upper)) upper += "Relation";
            var node = new ObjectGraphType { Name = upper };
            // Direct writers (issue 15) write what the resolver and the scalar would: Utf8JsonWriter writes a Guid as "D".
            node.Add("id", typeof(NonNullGraphType<IdGraphType>), c => Formats.Id(c.Src<RelNode>().Relation.Id))
                .WritesDirectly(static (s, json) => { json.WriteStringValue(((RelNode)s).Relation.Id); return true; });
            node.Add("type", typeof(StringGraphType), c => c.Src<RelNode>().Key)
                .WritesDirectly(static (s, json) => DirectField.WriteString(json, ((RelNode)s).Key));
            node.Add("activeFrom", typeof(StringGraphType), c => c.Src<RelNode>().Relation.ActiveFrom)
                .WritesDirectly(static (s, json) => DirectField.WriteString(json, ((RelNode)s).Relation.ActiveFrom));
            node.Add("activeUntil", typeof(StringGraphType), c => c.Src<RelNode>().Relation.ActiveUntil)
                .WritesDirectly(static (s, json) => DirectField.WriteString(json, ((RelNode)s).Relation.ActiveUntil));
            node.Add("description", typeof(StringGraphType), c => c.Src<RelNode>().Relation.Description)
                .WritesDirectly(static (s, json) => DirectField.WriteString(json, ((RelNode)s).Relation.Description));
            // D90: empty when unconstrained, so clients can always select it.
            node.Add("constrainingRelations", new NonNullGraphType(constraining),
                c => RelationConstraintTypes.Of(c.Src<RelNode>().View, c.Src<RelNode>().Relation));
            var reserved = new HashSet<string> { "id", "type", "activeFrom", "activeUntil", "description", "factSheet", "constrainingRelations" };
            foreach (var field in group.SelectMany(r => r.Definition.Fields.Values))
            {
                if (!reserved.Add(field.Key)) continue;
                var f = field;
                var added = node.Add(f.Key, fieldValues.GraphType(f), c => FieldValues.Convert(f, c.Src<RelNode>().Relation.Fields.GetValueOrDefault(f.Key)));
                if (FieldValues.Writer(f) is { } write)
                    added.WritesDirectly((s, json) => write(json, ((RelNode)s).Relation.Fields.GetValueOrDefault(f.Key)));
            }
            node.Add("factSheet", baseFactSheet, c =>
            {
                var rel = c.Src<RelNode>();
                return (rel.Other ?? rel.View.FactSheets.Get(rel.Relation.OtherEnd(rel.NearId))) is { } fs ? new FsNode(rel.View, fs) : null;
            });
            var connection = values.Connection(upper, node);
            // D88: real scripts select skippedCount; the emulator never skips a relation, so it is 0.
            connection.Add("skippedCount", typeof(IntGraphType), _ => 0);
            _connections[group.Key] = connection;
        }
    }

    public ObjectGraphType Connection(string key) => _connections[key];
}
