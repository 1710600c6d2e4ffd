using LeanIX.Emulator.Hosting;

namespace LeanIX.Client.Tests;

public class LabelTests
{
    [Fact]
    public async Task Field_gives_the_label_and_the_value_label_in_a_chosen_language()
    {
        await using var host = await EmulatorHost.StartAsync("demo");
        using var client = TestClients.For(host);
        var app = await client.FactSheets("Application").CreateAsync("Label App", [Patch.Replace("/businessCriticality", "missionCritical")]);
        var field = app.Field("businessCriticality");
        Assert.Equal("Business Criticality", field.Label);
        Assert.Equal("missionCritical", field.Value.AsString());
        Assert.Equal("Mission Critical", field.ValueLabel);
        var german = await client.GetLanguageAsync("de");
        Assert.NotEqual("UserGroup", german.TypeLabel("UserGroup"));
        await Assert.ThrowsAsync<LeanIXNotFoundException>(() => client.GetLanguageAsync("xx"));

        var viewModel = await client.GetViewModelAsync();
        var types = viewModel["factSheets"]!.AsArray().Select(t => t!["type"]!.GetValue<string>()).ToList();
        Assert.Equal((await client.GetDataModelAsync()).Types.Keys.Order(), types.Order());
    }
}
