using System.Text.RegularExpressions;

namespace LeanIX.Client;

/// <summary>Tells a GraphQL query from a mutation, so that only queries are retried after a fault.</summary>
internal static partial class GraphQLOperation
{
    public static (bool IsMutation, string Name) Describe(string document)
    {
        var match = FirstOperation().Match(document);
        if (!match.Success) return (false, "GraphQL query");
        var kind = match.Groups["kind"].Value;
        var name = match.Groups["name"].Success ? match.Groups["name"].Value : null;
        var isMutation = kind == "mutation";
        return (isMutation, $"GraphQL {(isMutation ? "mutation" : kind.Length == 0 ? "query" : kind)}{(name is null ? "" : " " + name)}");
    }

    // The first token of the document after comments: `{` (anonymous query) or an operation keyword.
    [GeneratedRegex(@"^(?:\s|#[^\n]*\n)*(?:(?<kind>query|mutation|subscription)\b\s*(?<name>[_A-Za-z][_0-9A-Za-z]*)?|\{)")]
    private static partial Regex FirstOperation();
}
