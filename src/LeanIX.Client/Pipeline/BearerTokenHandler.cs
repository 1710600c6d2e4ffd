using System.Net;
using System.Net.Http.Headers;
using LeanIX.Client.Authentication;

namespace LeanIX.Client;

/// <summary>
/// Puts the access token on every request. On a 401 it renews the token once and resends (D3):
/// the token may have been revoked or the clock may disagree with the server's.
/// </summary>
internal sealed class BearerTokenHandler(AccessTokenProvider tokens) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var token = await tokens.GetAsync(cancellationToken).ConfigureAwait(false);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.Value);
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.Unauthorized) return response;

        response.Dispose();
        tokens.Invalidate(token.Value);
        var renewed = await tokens.GetAsync(cancellationToken).ConfigureAwait(false);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", renewed.Value);
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
