using LeanIX.Emulator.Hosting;

namespace LeanIX.Client.Tests;

public class BadInputTests
{
    [Fact]
    public async Task A_name_matching_several_fact_sheets_lists_them()
    {
        await using var host = await EmulatorHost.StartAsync("demo");
        using var client = TestClients.For(host);
        var one = await client.FactSheets.Of("Application").CreateAsync("Twin");
        var two = await client.FactSheets.Of("Application").CreateAsync("Twin");
        var e = await Assert.ThrowsAsync<LeanIXAmbiguousNameException>(() => client.FactSheets.Of("Application").GetAsync("Twin"));
        Assert.Contains(one.Id.ToString(), e.Message);
        Assert.Contains(two.Id.ToString(), e.Message);
        Assert.Equal(2, e.Candidates.Count);
    }

    [Fact]
    public async Task No_match_raises_not_found()
    {
        await using var host = await EmulatorHost.StartAsync("demo");
        using var client = TestClients.For(host);
        await Assert.ThrowsAsync<LeanIXNotFoundException>(() => client.FactSheets.Of("Application").GetAsync("Nope Nothing"));
        await Assert.ThrowsAsync<LeanIXNotFoundException>(() => client.FactSheets.Of("Application").GetAsync(Guid.NewGuid().ToString()));
    }

    [Fact]
    public async Task An_unknown_type_names_the_known_ones()
    {
        await using var host = await EmulatorHost.StartAsync("demo");
        using var client = TestClients.For(host);
        var e = await Assert.ThrowsAsync<LeanIXUnknownTypeException>(() => client.FactSheets.Of("Organization").AllAsync());
        Assert.Contains("UserGroup", e.Message);
    }

    [Fact]
    public async Task An_unknown_field_names_the_known_ones_and_an_unset_field_is_null()
    {
        await using var host = await EmulatorHost.StartAsync("demo");
        using var client = TestClients.For(host);
        var app = await client.FactSheets.Of("Application").GetAsync("LeanIX");
        var e = Assert.Throws<ArgumentException>(() => app["businessCriticallity"]);
        Assert.Contains("businessCriticality", e.Message);
        var fresh = await client.FactSheets.Of("Application").CreateAsync("Bare");
        Assert.True(fresh["alias"].IsNull);
    }

    [Fact]
    public async Task GraphQL_errors_raise_a_business_exception_with_every_error()
    {
        await using var host = await EmulatorHost.StartAsync("demo");
        using var client = TestClients.For(host);
        var e = await Assert.ThrowsAsync<LeanIXBusinessException>(() => client.Connection.GraphQLAsync("{ allFactSheets { edges { node { nonExistentField } } } }"));
        Assert.Contains("nonExistentField", e.Message);
        Assert.Single(e.GraphQLErrors);

        var app = await client.FactSheets.Of("Application").GetAsync("LeanIX");
        var bad = await Assert.ThrowsAsync<LeanIXBusinessException>(() => app.UpdateAsync([Patch.Replace("/descriptio", "x")]));
        Assert.Contains("The path '/descriptio' is invalid", bad.Message);
        Assert.Equal("BUSINESS_LOGIC", bad.ErrorCode);
    }
}
