using System.Net;
using System.Net.Sockets;
using LeanIX.Emulator.Hosting;

namespace LeanIX.Client.Tests;

public class ConnectionTests
{
    [Fact]
    public async Task The_api_token_alone_detects_instance_workspace_and_user()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        using var client = TestClients.For(host);
        var ws = await client.Connection.ConnectAsync();
        Assert.Equal(new Uri(host.BaseUrl + "/"), ws.InstanceUrl);
        Assert.Equal(host.Workspace.Id, ws.WorkspaceId);
        Assert.Equal("demo", ws.WorkspaceName);
        Assert.Equal(host.Workspace.ApiTokens[host.ApiToken], ws.UserId);
        Assert.Equal("ADMIN", ws.WorkspaceRole);
        Assert.Equal(host.BaseUrl + "/demo", await client.Connection.GetWorkspaceUrlAsync());
    }

    [Fact]
    public async Task A_configured_workspace_that_does_not_match_the_token_names_both()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        using var client = TestClients.For(host, o => o.Workspace = "AcmeProduction");
        var e = await Assert.ThrowsAsync<LeanIXAuthenticationException>(() => client.Connection.ConnectAsync());
        Assert.Contains("'demo'", e.Message);
        Assert.Contains("'AcmeProduction'", e.Message);
        Assert.Equal("WORKSPACE_MISMATCH", e.ErrorCode);
    }

    [Fact]
    public async Task A_refused_api_token_raises_an_authentication_error_without_the_token()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        const string wrong = "wrong-token-0123456789abcdefghijklmnopqrs";
        using var client = TestClients.For(host, o => o.ApiToken = wrong);
        var e = await Assert.ThrowsAsync<LeanIXAuthenticationException>(() => client.Connection.ConnectAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, e.Status);
        Assert.Equal("invalid_client", e.ErrorCode);
        Assert.DoesNotContain(wrong, e.ToString());
    }

    [Fact]
    public async Task An_unreachable_host_raises_a_clear_error()
    {
        var port = FreePort();
        using var client = new LeanIXClient(new LeanIXClientOptions
        {
            ApiToken = "some-token-0123456789", Host = $"http://127.0.0.1:{port}", MaxRetries = 1, RetryDelay = TimeSpan.FromMilliseconds(10)
        });
        var e = await Assert.ThrowsAsync<LeanIXRequestFailedException>(() => client.Connection.ConnectAsync());
        Assert.Contains($"127.0.0.1:{port}", e.Message);
        Assert.Null(e.Status);
        Assert.DoesNotContain("some-token-0123456789", e.ToString());
    }

    [Fact]
    public void Without_any_token_the_client_says_how_to_give_one()
    {
        // An empty token stands for "none given" whether or not a developer's LEANIX_API_TOKEN is set.
        var e = Assert.Throws<ArgumentException>(() => new LeanIXClient(new LeanIXClientOptions { ApiToken = " " }));
        Assert.Contains("LEANIX_API_TOKEN", e.Message);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
