using System.Net;
using LeanIX.Emulator.Hosting;
using LeanIX.Emulator.Tests.Infrastructure;

namespace LeanIX.Emulator.Tests.Rest;

/// <summary>One emulator with 20 users (see <see cref="MtmUserTests.AddUsersAsync"/>), shared by the read-only query tests.</summary>
public sealed class TwentyUsersFixture : IAsyncLifetime
{
    public EmulatorHost Host { get; private set; } = null!;
    public WireClient Client { get; private set; } = null!;

    public string UsersPath(string query) => $"services/mtm/v1/workspaces/{Host.Workspace.Id}/users{query}";

    public async Task InitializeAsync()
    {
        Host = await EmulatorHost.StartAsync("empty");
        await MtmUserTests.AddUsersAsync(Host.Workspace, 20);
        Client = new WireClient(Host);
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Host.DisposeAsync();
    }
}

/// <summary>D33 filters, sorting and parameter errors.</summary>
public class MtmUserQueryTests(TwentyUsersFixture fixture) : IClassFixture<TwentyUsersFixture>
{
    [Theory]
    [InlineData("?q=USER0", 9)]          // email substring, case-insensitive
    [InlineData("?q=first1", 10)]        // first name substring
    [InlineData("?q=nobody", 0)]
    [InlineData("?email=user07@example.COM", 1)]
    [InlineData("?email=user07", 0)]     // email is exact, not a substring
    [InlineData("?status=INVITED", 4)]
    [InlineData("?status=active", 16)]
    [InlineData("?status=ACTIVE,INVITED", 20)]
    [InlineData("?q=u1&status=INVITED", 2)] // u10, u15
    public async Task Filters_combine(string query, int expected)
    {
        var body = await fixture.Client.GetJsonAsync(fixture.UsersPath(query));
        Assert.Equal(expected, body["total"]!.GetValue<int>());
        Assert.Equal(expected, body["data"]!.AsArray().Count);
    }

    [Theory]
    [InlineData("userName-asc", "u01")]
    [InlineData("userName-desc", "u20")]
    [InlineData("lastName-asc", "u20")]
    [InlineData("lastName-DESC", "u01")]
    [InlineData("email-desc", "u20")]
    [InlineData("firstName", "u01")]
    public async Task Sort_by_field_and_direction(string sort, string firstUserName)
    {
        var body = await fixture.Client.GetJsonAsync(fixture.UsersPath("?sort=" + sort));
        Assert.Equal(firstUserName, body["data"]![0]!["userName"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("?page=-1", "page")]
    [InlineData("?page=x", "page")]
    [InlineData("?size=0", "size")]
    [InlineData("?sort=password-asc", "sort")]
    [InlineData("?sort=id-sideways", "sort")]
    [InlineData("?includeTechnicalUsers=maybe", "includeTechnicalUsers")]
    public async Task Bad_parameters_are_400(string query, string param)
    {
        using var response = await fixture.Client.SendAsync(HttpMethod.Get, fixture.UsersPath(query));
        var body = await RestAssert.ErrorAsync(response, HttpStatusCode.BadRequest, param);
        Assert.Equal(param, body["errors"]![0]!["value"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_sort_without_a_field_keeps_the_default_order()
    {
        var plain = await fixture.Client.GetJsonAsync(fixture.UsersPath(""));
        var empty = await fixture.Client.GetJsonAsync(fixture.UsersPath("?sort=,"));
        var byId = await fixture.Client.GetJsonAsync(fixture.UsersPath("?sort=id-asc"));
        Assert.True(System.Text.Json.Nodes.JsonNode.DeepEquals(plain, empty));
        Assert.True(System.Text.Json.Nodes.JsonNode.DeepEquals(plain, byId));
    }
}
