using GraphQL.Types;
using LeanIX.Emulator.Domain;
using LeanIX.Emulator.Graph.Execution;
using LeanIX.Emulator.Graph.Schema;
using LeanIX.Emulator.Queries;

namespace LeanIX.Emulator.Graph.Types;

/// <summary>Value object types: Lifecycle (D11), ExternalId and Location (D10, datamodel.md addendum), Completion, permissions, PageInfo.</summary>
public sealed class ValueTypes
{
    public ValueTypes()
    {
        var phase = new ObjectGraphType { Name = "LifecyclePhase" };
        // Direct writers (issue 15) write what the resolver and the scalar would (IdGraphType keeps a string as it is).
        phase.Add("phase", typeof(StringGraphType), c => c.Src<LifecyclePhaseValue>().Phase)
            .WritesDirectly(static (s, json) => DirectField.WriteString(json, ((LifecyclePhaseValue)s).Phase));
        phase.Add("startDate", typeof(StringGraphType), c => c.Src<LifecyclePhaseValue>().StartDate)
            .WritesDirectly(static (s, json) => DirectField.WriteString(json, ((LifecyclePhaseValue)s).StartDate));
        phase.Add("milestoneId", typeof(IdGraphType), c => c.Src<LifecyclePhaseValue>().MilestoneId)
            .WritesDirectly(static (s, json) => DirectField.WriteString(json, ((LifecyclePhaseValue)s).MilestoneId));
        Lifecycle.Add("asString", typeof(StringGraphType), c => c.Src<LifecycleValue>().AsString(c.Graph().Today));
        Lifecycle.Add("phases", new ListGraphType(phase), c => c.Src<LifecycleValue>().Phases);

        // D91: externalVersion and forceWrite are kept as sent, so they can be read back.
        foreach (var name in new[] { "type", "externalId", "externalUrl", "comment", "status", "externalVersion" })
        {
            var at = StoredObject.ExternalId.IndexOf(name);
            ExternalId.Add(name, typeof(StringGraphType), c => c.Src<StoredObject>().Text(at))
                .WritesDirectly((s, json) => DirectField.WriteString(json, ((StoredObject)s).Text(at)));
        }
        var forceWrite = StoredObject.ExternalId.IndexOf("forceWrite");
        ExternalId.Add("forceWrite", typeof(BooleanGraphType), c => c.Src<StoredObject>().Boolean(forceWrite));
        foreach (var name in new[] { "rawAddress", "geoCity", "geoCountry", "geoCountryCode", "geoPostalCode", "geoStreet",
                     "geoHouseNumber", "geoState", "geoStateCode", "placeId" })
        {
            var at = StoredObject.Location.IndexOf(name);
            Location.Add(name, typeof(StringGraphType), c => c.Src<StoredObject>().Text(at))
                .WritesDirectly((s, json) => DirectField.WriteString(json, ((StoredObject)s).Text(at)));
        }
        foreach (var name in new[] { "latitude", "longitude" })
        {
            var at = StoredObject.Location.IndexOf(name);
            Location.Add(name, typeof(FloatGraphType), c => c.Src<StoredObject>().Number(at));
        }

        var section = new ObjectGraphType { Name = "SectionCompletion" };
        section.Add("name", typeof(StringGraphType), _ => null);
        section.Add("percentage", typeof(IntGraphType), _ => null);
        Completion.Add("completion", typeof(FloatGraphType), c => c.Src<Completion.Result>().Completion);
        Completion.Add("percentage", typeof(IntGraphType), c => c.Src<Completion.Result>().Percentage);
        Completion.Add("sectionCompletions", new ListGraphType(section), _ => Array.Empty<object>());

        // D10: outside the core; the emulator grants everything.
        Permissions.Add("self", typeof(ListGraphType<StringGraphType>), _ => new[] { "READ", "UPDATE" });
        foreach (var name in new[] { "create", "read", "update", "delete" })
            Permissions.Add(name, typeof(BooleanGraphType), _ => true);

        PageInfo.Add("hasNextPage", typeof(NonNullGraphType<BooleanGraphType>), c => c.Src<PageInfo>().HasNextPage)
            .WritesDirectly(static (s, json) => DirectField.WriteBoolean(json, ((PageInfo)s).HasNextPage));
        PageInfo.Add("hasPreviousPage", typeof(NonNullGraphType<BooleanGraphType>), c => c.Src<PageInfo>().HasPreviousPage);
        PageInfo.Add("startCursor", typeof(StringGraphType), c => c.Src<PageInfo>().StartCursor);
        PageInfo.Add("endCursor", typeof(StringGraphType), c => c.Src<PageInfo>().EndCursor);
    }

    public ObjectGraphType Lifecycle { get; } = new() { Name = "Lifecycle" };
    public ObjectGraphType ExternalId { get; } = new() { Name = "ExternalId" };
    public ObjectGraphType Location { get; } = new() { Name = "Location" };
    public ObjectGraphType Completion { get; } = new() { Name = "Completion" };
    public ObjectGraphType Permissions { get; } = new() { Name = "FactSheetPermissions" };
    public ObjectGraphType PageInfo { get; } = new() { Name = "PageInfo" };

    /// <summary><c>&lt;Prefix&gt;Connection {totalCount, pageInfo, edges}</c> and <c>&lt;Prefix&gt;Edge {node, cursor}</c> (D8).</summary>
    public ObjectGraphType Connection(string prefix, IGraphType node)
    {
        var edge = new ObjectGraphType { Name = prefix + "Edge" };
        edge.Add("node", node, c => c.Src<Edge>().Node);
        edge.Add("cursor", typeof(StringGraphType), c => c.Src<Edge>().Cursor);
        var connection = new ObjectGraphType { Name = prefix + "Connection" };
        connection.Add("totalCount", typeof(NonNullGraphType<LongGraphType>), c => c.Src<Connection>().TotalCount)
            .WritesDirectly(static (s, json) => { json.WriteNumberValue(((Connection)s).TotalCount); return true; });
        connection.Add("pageInfo", new NonNullGraphType(PageInfo), c => c.Src<Connection>().PageInfo);
        connection.Add("edges", new ListGraphType(edge), c => c.Src<Connection>().Edges);
        return connection;
    }
}
