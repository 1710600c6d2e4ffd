using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using LeanIX.Client.Wire;

namespace LeanIX.Client;

public sealed partial class LeanIXConnection
{
    /// <summary>D8: LeanIX pages hold 1 to 10,000 fact sheets; scripts page with 1,000.</summary>
    internal const int FactSheetPageSize = 1000;

    /// <summary>
    /// Every fact sheet matching the arguments as raw JSON, page by page along <c>allFactSheets</c> cursors
    /// (D8). <paramref name="selection"/> is the node selection, e.g. <c>id name type ... on Application { lifecycle { asString } }</c>.
    /// A page's continuation token is its <c>endCursor</c>; the page size hint is <c>first</c> (default 1,000).
    /// </summary>
    public AsyncPageable<JsonObject> AllFactSheets(string selection = "id name type", string? factSheetType = null,
        JsonNode? filter = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(selection);
        return FactSheetPages(selection, factSheetType, filter, cancellationToken).Select(e => JsonObject.Create(e)!);
    }

    /// <summary>The <c>allFactSheets</c> pages as elements, for readers that map nodes themselves.</summary>
    internal AsyncPageable<JsonElement> FactSheetPages(string selection, string? factSheetType, JsonNode? filter, CancellationToken cancellationToken)
    {
        var query = AllFactSheetsQuery(selection, factSheetType);
        return AsyncPageable<JsonElement>.FromPages(async (after, size, ct) =>
        {
            var first = size ?? FactSheetPageSize;
            if (first is < 1 or > 10_000) throw new ArgumentOutOfRangeException(nameof(size), first, "LeanIX pages hold 1 to 10000 fact sheets (D8).");
            var variables = AllFactSheetsVariables(first, after, factSheetType, filter);
            var data = await GraphQLAsync(query, variables, Wire.AllFactSheetsWire, ct).ConfigureAwait(false);
            var connection = data.AllFactSheets ?? throw new LeanIXRequestFailedException("allFactSheets returned no connection.", "GraphQL query AllFactSheets");
            var next = connection.PageInfo is { HasNextPage: true, EndCursor: { Length: > 0 } cursor } ? cursor : null;
            return new Page<JsonElement>(connection.Nodes.ToList(), next, connection.TotalCount);
        }, cancellationToken);
    }

    internal static JsonObject AllFactSheetsVariables(int first, string? after, string? factSheetType, JsonNode? filter, JsonNode? sort = null)
    {
        var variables = new JsonObject { ["first"] = first, ["after"] = after, ["filter"] = filter?.DeepClone() };
        if (factSheetType is not null) variables["type"] = factSheetType;
        if (sort is not null) variables["sort"] = sort.DeepClone();
        return variables;
    }

    /// <summary>The <c>allFactSheets</c> query for a node selection, optionally of one type and sorted.</summary>
    internal static string AllFactSheetsQuery(string selection, string? factSheetType, bool sorted = false)
    {
        var typeVariable = factSheetType is null ? "" : ", $type: FactSheetType";
        var typeArgument = factSheetType is null ? "" : ", factSheetType: $type";
        var sortVariable = sorted ? ", $sort: [Sorting]" : "";
        var sortArgument = sorted ? ", sort: $sort" : "";
        return $$"""
            query AllFactSheets($first: Int, $after: String, $filter: FilterInput{{typeVariable}}{{sortVariable}}) {
              allFactSheets(first: $first, after: $after, filter: $filter{{typeArgument}}{{sortArgument}}) {
                totalCount pageInfo { hasNextPage endCursor } edges { node { {{selection}} } }
              }
            }
            """;
    }

    /// <summary>
    /// A REST list in the page/size style (MTM, webhooks, synclog; rest-other.md §2) as raw JSON: pages 1, 2, …
    /// until <c>total</c> items arrived or a page comes back short (D33). The continuation token is the next page number.
    /// </summary>
    public AsyncPageable<JsonElement> Pages(string path, IReadOnlyDictionary<string, string?>? query = null, int pageSize = 100,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        return AsyncPageable<JsonElement>.FromPages(async (token, size, ct) =>
        {
            var page = token is null ? 1 : int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p >= 1 ? p
                : throw new ArgumentException($"'{token}' is not a page number of a page/size list.", nameof(token));
            var perPage = size ?? pageSize;
            var q = new Dictionary<string, string?>(query ?? new Dictionary<string, string?>())
            {
                ["page"] = page.ToString(CultureInfo.InvariantCulture), ["size"] = perPage.ToString(CultureInfo.InvariantCulture)
            };
            var envelope = await SendAsync(HttpMethod.Get, path, Wire.EnvelopeWire, null, q, ct).ConfigureAwait(false);
            var items = Items(envelope);
            var seen = (long)(page - 1) * perPage + items.Count;
            var last = items.Count < perPage || (envelope.Total is { } total && seen >= total);
            return new Page<JsonElement>(items, last ? null : (page + 1).ToString(CultureInfo.InvariantCulture), envelope.Total);
        }, cancellationToken);
    }

    /// <summary>
    /// A REST list in the cursor style (Pathfinder <c>GET /factSheets?pageSize=&amp;cursor=</c>) as raw JSON: the envelope's
    /// <c>cursor</c> leads to the next page until a page comes back empty or without a cursor.
    /// </summary>
    public AsyncPageable<JsonElement> CursorPages(string path, IReadOnlyDictionary<string, string?>? query = null, int pageSize = 100,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        return AsyncPageable<JsonElement>.FromPages(async (cursor, size, ct) =>
        {
            var q = new Dictionary<string, string?>(query ?? new Dictionary<string, string?>())
            {
                ["pageSize"] = (size ?? pageSize).ToString(CultureInfo.InvariantCulture), ["cursor"] = cursor
            };
            var envelope = await SendAsync(HttpMethod.Get, path, Wire.EnvelopeWire, null, q, ct).ConfigureAwait(false);
            var items = Items(envelope);
            var next = items.Count == 0 || string.IsNullOrEmpty(envelope.Cursor) ? null : envelope.Cursor;
            return new Page<JsonElement>(items, next, envelope.Total);
        }, cancellationToken);
    }

    private static IReadOnlyList<JsonElement> Items(EnvelopeWire envelope) =>
        envelope.Data is { ValueKind: JsonValueKind.Array } data ? data.EnumerateArray().Where(e => e.ValueKind != JsonValueKind.Null).ToList() : [];
}
