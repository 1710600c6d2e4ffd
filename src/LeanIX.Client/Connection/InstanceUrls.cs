namespace LeanIX.Client;

/// <summary>
/// Keeps the access token on the workspace's own instance: a request path resolves under the instance URL, and
/// anything that would leave it (another host, port or scheme, a network path like <c>//host/x</c>, user info) is refused.
/// </summary>
internal static class InstanceUrls
{
    /// <summary>
    /// The URL of <paramref name="path"/> (relative to <paramref name="instance"/>, or absolute on it) with
    /// <paramref name="query"/>; an <see cref="ArgumentException"/> for anything that resolves elsewhere.
    /// </summary>
    public static Uri Resolve(Uri instance, string path, string query = "")
    {
        // http treats '\' as '/', so "\\host" and "/\host" are network paths too.
        if (path.Replace('\\', '/').StartsWith("//", StringComparison.Ordinal))
            throw new ArgumentException(
                $"The path names a host ('//…'). Requests carry the workspace's access token, so they only go to its instance {Origin(instance)}; pass a path such as /services/….",
                nameof(path));
        Uri uri;
        try
        {
            uri = new Uri(instance, path.TrimStart('/') + query);
        }
        catch (UriFormatException e)
        {
            throw new ArgumentException($"The path is not a valid URL path: {e.Message}", nameof(path), e);
        }
        if (!IsOnInstance(uri, instance))
            throw new ArgumentException(
                $"The URL points to {Origin(uri)}. Requests carry the workspace's access token, so they only go to its instance {Origin(instance)}; pass a path such as /services/….",
                nameof(path));
        return uri;
    }

    /// <summary>True when <paramref name="uri"/> has the scheme, host and port of <paramref name="instance"/> and no user info.</summary>
    public static bool IsOnInstance(Uri? uri, Uri instance) =>
        uri is { IsAbsoluteUri: true } && uri.UserInfo.Length == 0
        && Uri.Compare(uri, instance, UriComponents.SchemeAndServer, UriFormat.UriEscaped, StringComparison.OrdinalIgnoreCase) == 0;

    /// <summary>Scheme, host and port only, so no user info or query (which may hold a secret) reaches a message.</summary>
    public static string Origin(Uri uri) => uri.IsAbsoluteUri ? uri.GetComponents(UriComponents.SchemeAndServer, UriFormat.UriEscaped) : "(relative)";
}
