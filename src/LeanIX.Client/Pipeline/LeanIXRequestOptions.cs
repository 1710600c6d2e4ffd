namespace LeanIX.Client;

/// <summary>Per-request flags the pipeline reads.</summary>
internal static class LeanIXRequestOptions
{
    /// <summary>
    /// Safe to send twice: GET, a GraphQL query, the token exchange. Only these are retried after a
    /// fault where the request may have reached the server; a mutation never is.
    /// </summary>
    public static readonly HttpRequestOptionsKey<bool> Idempotent = new("LeanIX.Idempotent");
}
