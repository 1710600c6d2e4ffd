using System.Net;
using System.Net.Http.Headers;
using System.Text;
using LeanIX.Client.Wire;
using Microsoft.Extensions.Logging;

namespace LeanIX.Client.Authentication;

/// <summary>
/// Exchanges the API token for an access token (auth.md §2), caches it and renews it
/// <see cref="LeanIXClientOptions.TokenRenewalLeadTime"/> before it expires, at most half its lifetime early
/// (<see cref="RenewalSchedule"/>). Thread-safe: concurrent
/// callers share one exchange.
/// </summary>
internal sealed class AccessTokenProvider(HttpClient authClient, LeanIXClientOptions options, TimeProvider clock, ILogger logger)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private AccessToken? _current;

    public const string Operation = "POST /services/mtm/v1/oauth2/token";

    /// <summary>A valid access token, exchanging or renewing as needed.</summary>
    public async ValueTask<AccessToken> GetAsync(CancellationToken cancellationToken)
    {
        var current = _current;
        if (current is not null && !IsDue(current)) return current;
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_current is not null && !IsDue(_current)) return _current;
            _current = await ExchangeAsync(cancellationToken).ConfigureAwait(false);
            return _current;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>The access token in use, or null; only for masking it in messages.</summary>
    public string? CurrentValue => _current?.Value;

    /// <summary>Forgets <paramref name="rejected"/> after a 401, so the next call exchanges again (D3).</summary>
    public void Invalidate(string rejected)
    {
        if (_current?.Value == rejected) _current = null;
    }

    private bool IsDue(AccessToken token) => clock.GetUtcNow() >= token.RenewAt;

    private async Task<AccessToken> ExchangeAsync(CancellationToken cancellationToken)
    {
        var apiToken = options.ApiToken!;
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(options.AuthBaseUri(), "services/mtm/v1/oauth2/token"))
        {
            Content = new FormUrlEncodedContent([new("grant_type", "client_credentials")])
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("apitoken:" + apiToken)));
        request.Options.Set(LeanIXRequestOptions.Idempotent, true);
        HttpResponseMessage response;
        try
        {
            response = await authClient.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException e)
        {
            throw new LeanIXRequestFailedException(
                $"Cannot reach the LeanIX host {options.AuthBaseUri()} to exchange the API token: {Redaction.Redact(e.Message, apiToken)}",
                Operation, inner: e);
        }
        using (response)
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                string? code = null;
                try
                {
                    var error = System.Text.Json.JsonSerializer.Deserialize(text, LeanIXJsonContext.Default.ErrorBodyWire)?.Error;
                    code = error is { ValueKind: System.Text.Json.JsonValueKind.String } e ? e.GetString() : null;
                }
                catch (System.Text.Json.JsonException)
                {
                    // Not an OAuth error body; the excerpt in the message says what came back.
                }
                var reason = response.StatusCode == HttpStatusCode.Unauthorized
                    ? "the API token was refused (unknown, revoked or expired)"
                    : $"HTTP {(int)response.StatusCode}";
                throw new LeanIXAuthenticationException(
                    $"Token exchange at {options.AuthBaseUri()} failed: {reason}. Response: {Redaction.Excerpt(Redaction.Redact(text, apiToken))}",
                    Operation, response.StatusCode, code, RequestIds.Of(response));
            }
            TokenResponseWire? body;
            try { body = System.Text.Json.JsonSerializer.Deserialize(text, LeanIXJsonContext.Default.TokenResponseWire); }
            catch (System.Text.Json.JsonException e)
            {
                throw new LeanIXAuthenticationException($"The token endpoint at {options.AuthBaseUri()} answered with invalid JSON: {e.Message}", Operation, response.StatusCode);
            }
            var value = body?.AccessToken
                ?? throw new LeanIXAuthenticationException("The token endpoint answered without an access_token.", Operation, response.StatusCode);
            var tokenType = body.TokenType;
            if (tokenType is not null && !tokenType.Equals("bearer", StringComparison.OrdinalIgnoreCase)) // D5: compare case-insensitively
                throw new LeanIXAuthenticationException($"Unexpected token_type '{tokenType}'.", Operation, response.StatusCode);
            WorkspaceInfo workspace;
            DateTimeOffset? exp;
            try
            {
                (workspace, exp) = JwtClaims.Read(value);
            }
            catch (Exception e) when (e is FormatException or InvalidOperationException or NullReferenceException or ArgumentException)
            {
                throw new LeanIXAuthenticationException($"The access token cannot be read: {e.Message}", Operation, response.StatusCode);
            }
            var now = clock.GetUtcNow();
            // Capped at a year: a nonsensical expires_in must not overflow the date (ArgumentOutOfRangeException).
            var expiresIn = body.ExpiresIn is { } seconds ? now.AddSeconds(Math.Clamp(seconds, 0, 365L * 24 * 3600)) : (DateTimeOffset?)null;
            var expiresAt = exp ?? expiresIn ?? now.AddMinutes(59);
            logger.LogDebug("Access token obtained for workspace {Workspace} ({WorkspaceId}) at {Instance}, valid until {ExpiresAt:O}",
                workspace.WorkspaceName, workspace.WorkspaceId, workspace.InstanceUrl, expiresAt);
            return new AccessToken(value, expiresAt, workspace, RenewalSchedule.RenewAt(now, expiresAt, options.TokenRenewalLeadTime));
        }
    }
}
