namespace LeanIX.Client;

/// <summary>Finds the request id a LeanIX response carries, for error reports.</summary>
internal static class RequestIds
{
    private static readonly string[] Headers = ["x-request-id", "x-correlation-id", "request-id"];

    public static string? Of(HttpResponseMessage? response)
    {
        if (response is null) return null;
        foreach (var name in Headers)
            if (response.Headers.TryGetValues(name, out var values)) return values.FirstOrDefault();
        return null;
    }
}
