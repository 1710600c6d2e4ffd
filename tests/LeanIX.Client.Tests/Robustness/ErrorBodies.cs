using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;

namespace LeanIX.Client.Tests.Robustness;

/// <summary>
/// Generators of response bodies for the error translation properties: arbitrary strings and bytes, arbitrary JSON
/// trees biased towards the members error handling reads, and truncations of real bodies. Many of them echo
/// <see cref="Token"/>, raw, JSON-escaped or inside other text, as services echoing input do.
/// </summary>
internal static class ErrorBodies
{
    /// <summary>A secret with characters JSON serializers escape, so a raw search of the body is not enough to hide it.</summary>
    public const string Token = "lxTok+en/Secret<&>'9zQ";

    /// <summary>The bodies the issue names and the real ones LeanIX, GraphQL servers and proxies send.</summary>
    public static readonly string[] Real =
    [
        """{"status":"ERROR","type":"ErrorResponse","message":"Invalid value lxTok+en/Secret<&>'9zQ","errors":[{"value":"lxTok+en/Secret<&>'9zQ","messages":["bad"]}],"total":0,"data":null}""",
        """{"error":"invalid_client","error_description":"Bad credentials for lxTok+en/Secret<&>'9zQ"}""",
        """{"data":null,"errors":[{"message":"Unknown field lxTok\u002Ben/Secret\u003C\u0026\u003E\u00279zQ","path":["a",0],"extensions":{"errorType":"BUSINESS_LOGIC","objectId":"lxTok+en/Secret<&>'9zQ","objectPath":"/name"}}]}""",
        """{"data":{"a":{"id":"1"}},"errors":[{"message":"partial","path":["b"]}]}""",
        """{"data":{"allFactSheets":{"totalCount":3}},"errors":null}""",
        "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>",
        """{"errors": []}""", """{"data": null, "errors": []}""", """{"errors": null}""", "{}", """{"errors": "text"}""",
        """{"errors": [1, null]}""", """{"message": 5}""", """{"errors": [{"message": 5, "path": "x", "extensions": 7}]}""",
        """{"errors": {"message": "lxTok+en/Secret<&>'9zQ"}}""", """{"data": [], "errors": false}""", "null", "[]", "\"text\"", "",
        """{"message": "\uD800", "error": "\uDC00", "errors": [{"message": "x\uD800", "value": "\uDFFF", "path": ["\uD800"]}]}""", // escaped lone surrogates
    ];

    private static readonly string[] Keys =
        ["errors", "data", "message", "error", "error_description", "value", "messages", "path", "extensions", "errorType", "objectId", "objectPath", "status"];

    private static Gen<string> AnyString => ArbMap.Default.GeneratorFor<string>().Select(s => s ?? "");

    /// <summary>Strings that often carry the token: itself, inside other text, every character \u-escaped (as JSON text).</summary>
    private static Gen<string> Text => Gen.Frequency(
        (4, AnyString),
        (2, Gen.Constant(Token)),
        (2, AnyString.SelectMany(a => AnyString, (a, b) => a + Token + b)));

    private static Gen<JsonNode?> Leaf => Gen.Frequency(
        (1, Gen.Constant<JsonNode?>(null)),
        (1, ArbMap.Default.GeneratorFor<bool>().Select(b => (JsonNode?)JsonValue.Create(b))),
        (1, ArbMap.Default.GeneratorFor<int>().Select(i => (JsonNode?)JsonValue.Create(i))),
        (1, ArbMap.Default.GeneratorFor<NormalFloat>().Select(f => (JsonNode?)JsonValue.Create(f.Get))),
        (4, Text.Select(s => (JsonNode?)JsonValue.Create(s))));

    /// <summary>An arbitrary JSON tree whose object keys are mostly the ones error handling looks for.</summary>
    public static Gen<JsonNode?> Tree => Gen.Sized(size => TreeOf(Math.Min(size, 20)));

    private static Gen<JsonNode?> TreeOf(int size) => size <= 1
        ? Leaf
        : Gen.Frequency(
            (2, Leaf),
            (1, Gen.ListOf(TreeOf(size / 3), Math.Min(size, 4)).Select(items => (JsonNode?)new JsonArray([.. items]))),
            (3, Gen.ListOf(Gen.Zip(Gen.Frequency((5, Gen.Elements(Keys)), (1, AnyString)), TreeOf(size / 3)), Math.Min(size, 5))
                .Select(members => (JsonNode?)new JsonObject(members.DistinctBy(m => m.Item1).Select(m => KeyValuePair.Create(m.Item1, m.Item2))))));

    /// <summary>A JSON string literal spelling <see cref="Token"/> with every character escaped.</summary>
    public static string EscapedToken => "\"" + string.Concat(Token.Select(c => $"\\u{(int)c:X4}")) + "\"";

    /// <summary>Any body: strings, bytes, JSON trees (also with the fully escaped token), real bodies and their truncations.</summary>
    public static Arbitrary<byte[]> Bodies => Gen.Frequency(
        (2, Text.Select(s => Encoding.UTF8.GetBytes(s))),
        (1, ArbMap.Default.GeneratorFor<byte[]>().Select(b => b ?? [])),
        (4, Tree.Select(t => Encoding.UTF8.GetBytes(t?.ToJsonString() ?? "null"))),
        (1, Gen.Elements("message", "error_description", "errors", "error").Select(k => Encoding.UTF8.GetBytes(
            $$"""{"{{k}}":{{EscapedToken}},"errors":[{"message":{{EscapedToken}},"value":{{EscapedToken}}}]}"""))),
        (3, Gen.Elements(Real).SelectMany(b => Gen.Choose(0, b.Length), (b, n) => Encoding.UTF8.GetBytes(b[..n]))),
        (1, Gen.Elements(Real).Select(Encoding.UTF8.GetBytes)))
        .ToArbitrary();

    /// <summary>Statuses: the ones with their own exception, other errors, successes, and anything HTTP allows.</summary>
    public static Arbitrary<int> Statuses => Gen.Frequency(
        (3, Gen.Elements(200, 400, 401, 403, 404, 409, 422, 429, 500, 502, 503, 504)),
        (1, Gen.Choose(100, 599)))
        .ToArbitrary();
}
