using LeanIX.Emulator.Hosting;

namespace LeanIX.Client.Tests;

public class LabelTests
{
    [Fact]
    public async Task Field_gives_the_label_and_the_value_label_in_a_chosen_language()
    {
        await using var host = await EmulatorHost.StartAsync("demo");
        using var client = TestClients.For(host);
        var app = await client.FactSheets.Of("Application").CreateAsync("Label App", [Patch.Replace("/businessCriticality", "missionCritical")]);
        var field = await app.FieldAsync("businessCriticality");
        Assert.Equal("Business Criticality", field.Label);
        Assert.Equal("missionCritical", field.Value.AsString());
        Assert.Equal("Mission Critical", field.ValueLabel);
        var german = await client.DataModel.GetLanguageAsync("de");
        Assert.NotEqual("UserGroup", german.TypeLabel("UserGroup"));
        await Assert.ThrowsAsync<LeanIXNotFoundException>(() => client.DataModel.GetLanguageAsync("xx"));

        var viewModel = await client.DataModel.GetViewModelAsync();
        var types = viewModel["factSheets"]!.AsArray().Select(t => t!["type"]!.GetValue<string>()).ToList();
        Assert.Equal((await client.DataModel.GetAsync()).Types.Keys.Order(), types.Order());
    }
}
