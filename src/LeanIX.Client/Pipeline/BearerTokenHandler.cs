using System.Net;
using System.Net.Http.Headers;
using LeanIX.Client.Authentication;

namespace LeanIX.Client;

/// <summary>
/// Puts the access token on every request. On a 401 it renews the token once and resends (D3):
/// the token may have been revoked or the clock may disagree with the server's. The token only goes to the
/// workspace's instance URL from its own claims; the connection refuses other URLs first, this is the second line.
/// </summary>
internal sealed class BearerTokenHandler(AccessTokenProvider tokens) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var token = await tokens.GetAsync(cancellationToken).ConfigureAwait(false);
        Authorize(request, token);
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.Unauthorized) return response;

        response.Dispose();
        tokens.Invalidate(token.Value);
        var renewed = await tokens.GetAsync(cancellationToken).ConfigureAwait(false);
        Authorize(request, renewed);
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    private static void Authorize(HttpRequestMessage request, AccessToken token)
    {
        if (!InstanceUrls.IsOnInstance(request.RequestUri, token.Workspace.InstanceUrl))
        {
            request.Headers.Authorization = null;
            throw new InvalidOperationException(
                $"Refusing to send the access token to {(request.RequestUri is { } uri ? InstanceUrls.Origin(uri) : "(no URL)")}: " +
                $"it only goes to the workspace's instance {InstanceUrls.Origin(token.Workspace.InstanceUrl)}.");
        }
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.Value);
    }
}
