using LeanIX.Client.Scripting;
using LeanIX.Emulator.Hosting;

namespace LeanIX.Client.Tests;

/// <summary>Uses the process-wide <see cref="Lx"/> connection, so it runs apart from other such tests.</summary>
[Collection(ScriptFacadeCollection.Name)]
public class QuickstartTests
{
    [Fact]
    public async Task The_quickstart_prints_the_seed_examples_from_the_demo_workspace()
    {
        await using var host = await EmulatorHost.StartAsync("demo");
        using var client = Lx.Use(TestClients.For(host));
        var output = new StringWriter();
        var saved = Console.Out;
        Console.SetOut(output);
        try
        {
            Quickstart.Run(client, "ERP - Global");
        }
        finally
        {
            Console.SetOut(saved);
        }
        var text = output.ToString();
        Assert.Contains("HR - Global Human Resources System", text);
        Assert.Contains("john.doe@example.com (RESPONSIBLE)", text);
        Assert.Contains("same instance: True", text);
        Assert.Contains("Quote-to-Cash", text);
        Assert.Contains("Order-to-Invoice", text);
        Assert.Matches(@"Acme Holding SE → .+ → .+ → .+", text);
        Assert.Contains("Company: Holding", text);
        Assert.Contains("Germany", text);
    }
}
