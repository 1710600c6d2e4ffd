using GraphQL.Types;
using LeanIX.Emulator.Graph.Execution;
using LeanIX.Emulator.Graph.Schema;
using LeanIX.Emulator.Graph.Types;
using LeanIX.Emulator.Wire;
using static LeanIX.Emulator.Graph.Areas.MutationArgs;
using static LeanIX.Emulator.Graph.Schema.Fields;

namespace LeanIX.Emulator.Graph.Areas;

/// <summary>A fact sheet's history (<c>allLogEvents</c>), read from the change log. Read-only.</summary>
public sealed class LogEventFields : IGraphFieldContributor
{
    public void AddQueryFields(ObjectGraphType query, SchemaParts types)
    {
        // Newest first, as the fact sheet's history is shown in LeanIX.
        query.Add("allLogEvents", types.Entities.LogEventConnection, c =>
        {
            var view = c.Graph().Workspace.State;
            var id = Formats.ParseIdOrEmpty(c.Raw("factSheetId"));
            var eventTypes = c.ListArg("eventTypes")?.Select(t => t?.ToString()).ToHashSet();
            var events = view.ChangesOf(id).Where(e => eventTypes is null || eventTypes.Count == 0 || eventTypes.Contains(e.EventType))
                .OrderByDescending(e => e.Sequence).ToList();
            return Resolvers.Paging.Page(events, c.Int("first"), c.Str("after"),
                Resolvers.Paging.Snapshot($"log:{id}:{string.Join(',', eventTypes ?? [])}"), e => new LogEventNode(view, e));
        }, [Arg("factSheetId", typeof(NonNullGraphType<IdGraphType>)), Arg("eventTypes", new ListGraphType(types.Inputs.EventType)), .. Paging()]);
    }
}
