using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;

namespace LeanIX.Client;

public sealed partial class LeanIXClient
{
    /// <summary>
    /// Walks a REST list in the page/size style (MTM, webhooks, synclog; rest-other.md §2): pages 1, 2, …
    /// until <c>total</c> items arrived or a page comes back short (D33).
    /// </summary>
    public async IAsyncEnumerable<JsonNode> PagesAsync(string path, IReadOnlyDictionary<string, string?>? query = null, int pageSize = 100,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (pageSize < 1) throw new ArgumentOutOfRangeException(nameof(pageSize));
        var seen = 0;
        for (var page = 1; ; page++)
        {
            var q = new Dictionary<string, string?>(query ?? new Dictionary<string, string?>()) { ["page"] = page.ToString(), ["size"] = pageSize.ToString() };
            var body = await RequestAsync(path, HttpMethod.Get, null, q, cancellationToken).ConfigureAwait(false);
            var items = body?["data"] as JsonArray ?? [];
            foreach (var item in items)
                if (item is not null) yield return item;
            seen += items.Count;
            var total = body?["total"] is JsonValue t && t.TryGetValue<long>(out var n) ? n : (long?)null;
            if (items.Count < pageSize || (total is not null && seen >= total)) yield break;
        }
    }

    /// <summary>
    /// Walks a REST list in the cursor style (Pathfinder <c>GET /factSheets?pageSize=&amp;cursor=</c>): the envelope's
    /// <c>cursor</c> leads to the next page until a page comes back empty or without a cursor.
    /// </summary>
    public async IAsyncEnumerable<JsonNode> CursorPagesAsync(string path, IReadOnlyDictionary<string, string?>? query = null, int pageSize = 100,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        string? cursor = null;
        while (true)
        {
            var q = new Dictionary<string, string?>(query ?? new Dictionary<string, string?>()) { ["pageSize"] = pageSize.ToString(), ["cursor"] = cursor };
            var body = await RequestAsync(path, HttpMethod.Get, null, q, cancellationToken).ConfigureAwait(false);
            var items = body?["data"] as JsonArray ?? [];
            foreach (var item in items)
                if (item is not null) yield return item;
            var next = body?["cursor"]?.GetValue<string>();
            if (items.Count == 0 || string.IsNullOrEmpty(next) || next == cursor) yield break;
            cursor = next;
        }
    }
}
