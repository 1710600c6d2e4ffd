using LeanIX.Emulator.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace LeanIX.Client.Tests.Robustness;

/// <summary>The access token goes only to the workspace's instance URL (issue 9: it used to follow any absolute URL).</summary>
public class TokenDestinationTests
{
    [Theory]
    [InlineData("{0}/services/x")]
    [InlineData("{0}")]
    [InlineData("//{1}/services/x")]
    [InlineData("/\\{1}/services/x")]
    [InlineData("\\\\{1}/services/x")]
    public async Task A_path_that_leads_to_another_host_is_refused_before_anything_is_sent(string pattern)
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        await using var other = await CannedLeanIX.StartAsync();
        using var client = TestClients.For(host);
        var path = string.Format(pattern, other.BaseUrl, new Uri(other.BaseUrl).Authority);
        var e = await Assert.ThrowsAsync<ArgumentException>(() => client.Connection.RequestAsync(path));
        Assert.Contains("only go to its instance", e.Message);
        Assert.Contains(host.BaseUrl.TrimEnd('/'), e.Message);
        Assert.Empty(other.Requests);
    }

    [Theory]
    [InlineData("https://{0}/services/x")]
    [InlineData("http://user:secret@{0}/services/x")]
    [InlineData("file:///etc/passwd")]
    public async Task Another_scheme_or_user_info_on_the_instance_host_is_refused(string pattern)
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        using var client = TestClients.For(host);
        var e = await Assert.ThrowsAsync<ArgumentException>(() => client.Connection.RequestAsync(string.Format(pattern, new Uri(host.BaseUrl).Authority)));
        Assert.DoesNotContain("secret", e.Message);
    }

    [Fact]
    public async Task An_absolute_URL_on_the_instance_itself_is_fine()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        using var client = TestClients.For(host);
        var model = await client.Connection.RequestAsync(host.BaseUrl.TrimEnd('/') + "/services/pathfinder/v1/models/dataModel");
        Assert.NotNull(model);
    }

    [Fact]
    public async Task The_bearer_handler_refuses_to_put_the_token_on_a_request_to_another_host()
    {
        // Past the connection's check, straight into the pipeline: the handler is the second line of defence.
        await using var host = await EmulatorHost.StartAsync("empty");
        await using var other = await CannedLeanIX.StartAsync();
        var services = new ServiceCollection();
        services.AddLeanIX(o => { o.ApiToken = host.ApiToken; o.Host = host.BaseUrl; o.MaxRetries = 0; });
        await using var provider = services.BuildServiceProvider();
        var http = provider.GetRequiredService<IHttpClientFactory>().CreateClient(LeanIXServiceCollectionExtensions.ApiClientName);
        var e = await Assert.ThrowsAsync<InvalidOperationException>(() => http.GetAsync(other.BaseUrl + "/services/x"));
        Assert.Contains("Refusing to send the access token", e.Message);
        Assert.Empty(other.Requests);
    }

    [Fact]
    public async Task A_token_whose_instance_URL_names_another_host_is_never_sent_there()
    {
        // The fake's token names the other fake as instance: requests go there, and only there, as the claims say.
        await using var instance = await CannedLeanIX.StartAsync();
        await using var issuer = await CannedLeanIX.StartAsync();
        issuer.InstanceUrl = instance.BaseUrl;
        using var client = new LeanIXClient(issuer.Options());
        await client.Connection.RequestAsync("/services/x");
        Assert.Equal(0, issuer.ApiRequests);
        Assert.StartsWith("Bearer ", instance.Requests.Single().Authorization);
    }
}
