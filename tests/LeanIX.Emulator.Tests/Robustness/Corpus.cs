using System.Text;

namespace LeanIX.Emulator.Tests.Robustness;

/// <summary>
/// The generated corpus of malformed and hostile requests (issue 9, deliver 6). Each entry is a method,
/// a path, a raw body and its content type, so bodies can be anything: invalid UTF-8, truncated JSON,
/// the wrong media type. Sizes are scaled to keep the suite fast while staying over every limit.
/// </summary>
public static class Corpus
{
    public sealed record Entry(string Name, HttpMethod Method, string Path, byte[]? Body = null, string? ContentType = "application/json", bool Bearer = true);

    private const string Graph = "services/pathfinder/v1/graphql";
    private const string Unknown = "00000000-0000-0000-0000-00000000beef";

    private static byte[] Utf8(string s) => Encoding.UTF8.GetBytes(s);

    private static Entry GraphQL(string name, string query) =>
        new(name, HttpMethod.Post, Graph, Utf8(System.Text.Json.JsonSerializer.Serialize(new { query })));

    public static readonly string[] Injections =
    [
        "' OR 1=1 --", "\"; DROP TABLE entities; --", "<script>alert(1)</script>", "${jndi:ldap://x}", "../../etc/passwd",
        "%00", "\\u0000", "{{7*7}}", "*", "__proto__", "\u202E", new string('x', 20_000), "😀", "\\", "\"", "\n\r\t"
    ];

    public static IEnumerable<Entry> All()
    {
        // GraphQL documents
        yield return GraphQL("fragment chain", Hostile.FragmentChain(30));
        yield return GraphQL("alias flood", Hostile.AliasFlood(6_000));
        yield return GraphQL("duplicate fields", Hostile.DuplicateFields(12_000));
        yield return GraphQL("deep nesting", Hostile.Nested(60));
        yield return GraphQL("parser-deep nesting", Hostile.DeepFields(5_000));
        yield return GraphQL("syntax error", "{ allFactSheets { ");
        yield return GraphQL("unknown field", "{ noSuchField }");
        yield return GraphQL("unknown type fragment", "{ allFactSheets { edges { node { ... on NoSuchType { id } } } } }");
        yield return GraphQL("unknown fact sheet id", $$"""{ factSheet(id: "{{Unknown}}") { id } }""");
        yield return GraphQL("malformed id", """{ factSheet(id: "not-a-guid") { id } }""");
        yield return GraphQL("fragment cycle", "{ allFactSheets { edges { node { ...A } } } } fragment A on FactSheet { ...B } fragment B on FactSheet { ...A }");
        yield return GraphQL("negative first", "{ allFactSheets(first: -5) { totalCount } }");
        yield return GraphQL("huge first", "{ allFactSheets(first: 2147483647) { totalCount } }");
        yield return GraphQL("bad cursor", """{ allFactSheets(first: 1, after: "%%%") { totalCount } }""");
        yield return GraphQL("huge string", "{ allFactSheets(filter: { fullTextSearch: \"" + new string('s', 200_000) + "\" }) { totalCount } }");
        yield return GraphQL("bad facet", """{ allFactSheets(filter: { facetFilters: [{ facetKey: "NoSuchFacet", keys: ["x"] }] }) { totalCount } }""");
        yield return GraphQL("mutation unknown id", $$"""mutation { updateFactSheet(id: "{{Unknown}}", patches: [{op: replace, path: "/name", value: "x"}]) { factSheet { id } } }""");
        yield return GraphQL("mutation bad patch path", """mutation { createFactSheet(input: {name: "x", type: Application}, patches: [{op: replace, path: "/../../x", value: "{"}]) { factSheet { id } } }""");
        yield return GraphQL("mutation unknown type", """mutation { createFactSheet(input: {name: "x", type: NoSuchType}) { factSheet { id } } }""");
        foreach (var injection in Injections)
        {
            var escaped = System.Text.Json.JsonSerializer.Serialize(injection);
            yield return GraphQL("search " + injection[..Math.Min(12, injection.Length)], $$"""{ allFactSheets(filter: { fullTextSearch: {{escaped}} }) { totalCount } }""");
            yield return GraphQL("facet key " + injection[..Math.Min(12, injection.Length)], $$"""{ allFactSheets(filter: { facetFilters: [{ facetKey: {{escaped}}, keys: [{{escaped}}] }] }) { totalCount } }""");
        }

        // Raw GraphQL bodies
        yield return new("invalid JSON", HttpMethod.Post, Graph, Utf8("{\"query\": "));
        yield return new("truncated JSON", HttpMethod.Post, Graph, Utf8("{\"query\":\"{ allFactSheets { totalCount } }\", \"variables\": {\"a\": [1, 2"));
        yield return new("invalid UTF-8", HttpMethod.Post, Graph, [0x7B, 0x22, 0x71, 0x22, 0x3A, 0x22, 0xC3, 0x28, 0xFF, 0xFE, 0x22, 0x7D]);
        yield return new("JSON array body", HttpMethod.Post, Graph, Utf8("[1,2,3]"));
        yield return new("query not a string", HttpMethod.Post, Graph, Utf8("{\"query\": 42}"));
        yield return new("variables not an object", HttpMethod.Post, Graph, Utf8("{\"query\": \"{ allFactSheets { totalCount } }\", \"variables\": \"x\"}"));
        yield return new("empty body", HttpMethod.Post, Graph, []);
        yield return new("form content type", HttpMethod.Post, Graph, Utf8("query=x"), "application/x-www-form-urlencoded");
        yield return new("xml content type", HttpMethod.Post, Graph, Utf8("<query/>"), "application/xml");
        yield return new("no bearer", HttpMethod.Post, Graph, Utf8("{\"query\":\"{ allFactSheets { totalCount } }\"}"), Bearer: false);

        // REST and MTM
        foreach (var injection in Injections.Take(10))
        {
            var q = Uri.EscapeDataString(injection);
            yield return new("REST list type " + injection[..Math.Min(12, injection.Length)], HttpMethod.Get, $"services/pathfinder/v1/factSheets?type={q}&pageSize={q}&cursor={q}", null, null);
            yield return new("MTM users q " + injection[..Math.Min(12, injection.Length)], HttpMethod.Get, $"services/mtm/v1/users?q={q}&page={q}&size={q}", null, null);
            yield return new("REST id " + injection[..Math.Min(12, injection.Length)], HttpMethod.Get, $"services/pathfinder/v1/factSheets/{q}", null, null);
        }
        yield return new("REST unknown id", HttpMethod.Get, $"services/pathfinder/v1/factSheets/{Unknown}", null, null);
        yield return new("REST unknown relations", HttpMethod.Get, $"services/pathfinder/v1/factSheets/{Unknown}/relations", null, null);
        yield return new("MTM unknown workspace", HttpMethod.Get, $"services/mtm/v1/workspaces/{Unknown}/users", null, null);
        yield return new("MTM unknown user", HttpMethod.Get, $"services/mtm/v1/users/{Unknown}", null, null);
        yield return new("data model invalid JSON", HttpMethod.Put, "services/pathfinder/v1/models/dataModel", Utf8("{\"factSheets\": "));
        yield return new("data model wrong shape", HttpMethod.Put, "services/pathfinder/v1/models/dataModel", Utf8("[\"x\"]"));
        yield return new("language unknown", HttpMethod.Get, "services/pathfinder/v1/models/languages/xx-NOPE", null, null);

        // Webhooks
        yield return new("webhook invalid JSON", HttpMethod.Post, "services/webhooks/v1/subscriptions", Utf8("{\"identifier\":"));
        yield return new("webhook invalid UTF-8", HttpMethod.Post, "services/webhooks/v1/subscriptions", [0x7B, 0xFF, 0xFE, 0x7D]);
        yield return new("webhook wrong types", HttpMethod.Post, "services/webhooks/v1/subscriptions", Utf8("{\"identifier\": 5, \"deliveryType\": [], \"tagSets\": \"x\"}"));
        yield return new("webhook huge identifier", HttpMethod.Post, "services/webhooks/v1/subscriptions",
            Utf8("{\"identifier\":\"" + new string('i', 100_000) + "\",\"deliveryType\":\"PULL\",\"tagSets\":[[\"pathfinder\"]]}"));
        yield return new("webhook unknown id", HttpMethod.Get, $"services/webhooks/v1/subscriptions/{Unknown}/events", null, null);
        yield return new("webhook malformed id", HttpMethod.Put, "services/webhooks/v1/subscriptions/' OR 1=1/cursor", Utf8("{\"offset\": -1}"));
        yield return new("webhook bad cursor", HttpMethod.Put, $"services/webhooks/v1/subscriptions/{Unknown}/cursor", Utf8("{\"offset\": \"x\"}"));

        // Auth
        yield return new("token invalid UTF-8 form", HttpMethod.Post, "services/mtm/v1/oauth2/token", [0x67, 0x3D, 0xFF, 0xFE], "application/x-www-form-urlencoded", Bearer: false);
        yield return new("token JSON body", HttpMethod.Post, "services/mtm/v1/oauth2/token", Utf8("{\"grant_type\":\"client_credentials\"}"), Bearer: false);
        yield return new("token multipart without boundary", HttpMethod.Post, "services/mtm/v1/oauth2/token", Utf8("x"), "multipart/form-data", Bearer: false);
        yield return new("token many keys", HttpMethod.Post, "services/mtm/v1/oauth2/token",
            Utf8(string.Join("&", Enumerable.Range(0, 1_500).Select(i => $"k{i}=v"))), "application/x-www-form-urlencoded", Bearer: false);
        yield return new("token percent garbage", HttpMethod.Post, "services/mtm/v1/oauth2/token", Utf8("grant_type=%ZZ%&client_id=%"), "application/x-www-form-urlencoded", Bearer: false);
    }
}
