using System.Text.Json;

namespace LeanIX.Client.Wire;

/// <summary>
/// A GraphQL answer as it arrives: <c>data</c> (any shape, read by the caller's type) and <c>errors</c> (D17). Both stay
/// raw, so an <c>errors</c> of an unexpected shape (a string, numbers, nulls) is reported rather than failing the read.
/// </summary>
internal sealed record GraphQLResponseWire(JsonElement? Data, JsonElement? Errors);

/// <summary>A GraphQL connection (D8): <c>totalCount</c>, <c>pageInfo</c> and <c>edges { node }</c>.</summary>
internal sealed record ConnectionWire<TNode>(long? TotalCount, PageInfoWire? PageInfo, List<EdgeWire<TNode>?>? Edges) where TNode : class
{
    public IEnumerable<TNode> Nodes => (Edges ?? []).Where(e => e?.Node is not null).Select(e => e!.Node!);
}

/// <summary>An edge of a connection.</summary>
internal sealed record EdgeWire<TNode>(TNode? Node) where TNode : class;

/// <summary><c>pageInfo</c> of a connection.</summary>
internal sealed record PageInfoWire(bool HasNextPage, string? EndCursor);

/// <summary><c>data</c> of an <c>allFactSheets</c> query.</summary>
internal sealed record AllFactSheetsWire(FactSheetConnectionWire? AllFactSheets);

/// <summary>The <c>allFactSheets</c> connection; nodes stay raw, since their fields follow the data model.</summary>
internal sealed record FactSheetConnectionWire(long? TotalCount, PageInfoWire? PageInfo, List<FactSheetEdgeWire?>? Edges)
{
    public IEnumerable<JsonElement> Nodes => (Edges ?? []).Where(e => e?.Node is { ValueKind: JsonValueKind.Object }).Select(e => e!.Node!.Value);
}

/// <summary>An edge of <c>allFactSheets</c>.</summary>
internal sealed record FactSheetEdgeWire(JsonElement? Node);
