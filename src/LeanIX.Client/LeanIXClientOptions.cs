namespace LeanIX.Client;

/// <summary>
/// Settings of a <see cref="LeanIXClient"/>. Only <see cref="ApiToken"/> is needed: host and workspace
/// are detected from the access token (auth.md §3).
/// </summary>
public sealed class LeanIXClientOptions
{
    /// <summary>The default host at which the API token is exchanged.</summary>
    public const string DefaultHost = "app.leanix.net";

    /// <summary>The API token of a technical user. Defaults to the <c>LEANIX_API_TOKEN</c> environment variable.</summary>
    public string? ApiToken { get; set; }

    /// <summary>
    /// Where the API token is exchanged: a host name (<c>eu.leanix.net</c>) or a full base URL
    /// (<c>http://127.0.0.1:5080</c>). Defaults to <c>LEANIX_HOST</c>, else <see cref="DefaultHost"/>.
    /// </summary>
    public string? Host { get; set; }

    /// <summary>When set, connecting fails unless the token belongs to this workspace.</summary>
    public string? Workspace { get; set; }

    /// <summary>Whether fact sheets are cached (default <see cref="Caching.On"/>).</summary>
    public Caching Caching { get; set; } = Caching.On;

    /// <summary>How often an idempotent request is retried after a transient fault (default 5, D36); 0 switches retries off.</summary>
    public int MaxRetries { get; set; } = 5;

    /// <summary>The first retry delay; later ones grow exponentially with jitter (default 1 s, D36).</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Timeout of one attempt (default 100 s).</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(100);

    /// <summary>Client-side request budget per minute; LeanIX allows 1800 per user (rest-other.md §2). 0 = unlimited.</summary>
    public int RequestsPerMinute { get; set; } = 1800;

    /// <summary>The User-Agent header sent with every request.</summary>
    public string UserAgent { get; set; } = "LeanIX.Client/0.1 (+dotnet)";

    /// <summary>Renew the access token this long before it expires (the official SDK uses 60 s).</summary>
    public TimeSpan TokenRenewalLeadTime { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Copies the options, filling unset values from the environment.</summary>
    internal LeanIXClientOptions Resolve()
    {
        var copy = (LeanIXClientOptions)MemberwiseClone();
        copy.ApiToken ??= Environment.GetEnvironmentVariable("LEANIX_API_TOKEN");
        copy.Host ??= Environment.GetEnvironmentVariable("LEANIX_HOST") is { Length: > 0 } h ? h : DefaultHost;
        if (string.IsNullOrWhiteSpace(copy.ApiToken))
            throw new ArgumentException("An API token is needed: pass it, set LeanIXClientOptions.ApiToken, or set LEANIX_API_TOKEN.");
        copy.Validate();
        return copy;
    }

    /// <summary>Refuses values the pipeline cannot honour, with a message that names the option.</summary>
    internal void Validate()
    {
        if (MaxRetries < 0)
            throw new ArgumentOutOfRangeException(nameof(MaxRetries), MaxRetries,
                $"LeanIXClientOptions.MaxRetries must be 0 (no retries) or more, not {MaxRetries}.");
    }

    /// <summary>The base URL the token exchange goes to.</summary>
    internal Uri AuthBaseUri()
    {
        var host = Host ?? DefaultHost;
        if (host.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || host.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            return new Uri(host.TrimEnd('/') + "/");
        return new Uri($"https://{host.Trim().TrimEnd('/')}/");
    }
}
