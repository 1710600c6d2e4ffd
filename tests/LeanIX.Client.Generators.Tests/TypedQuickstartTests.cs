using LeanIX.Client.Scripting;
using LeanIX.Emulator.Hosting;

namespace LeanIX.Client.Generators.Tests;

/// <summary>The typed sample against the demo workspace. It uses the process-wide <see cref="Lx"/> connection.</summary>
public class TypedQuickstartTests
{
    [Fact]
    public async Task The_typed_quickstart_prints_the_seed_examples_from_the_demo_workspace()
    {
        await using var host = await EmulatorHost.StartAsync("demo");
        using var client = Lx.Use(new LeanIXClient(new LeanIXClientOptions { ApiToken = host.ApiToken, Host = host.BaseUrl }));
        var output = new StringWriter();
        var saved = Console.Out;
        Console.SetOut(output);
        try
        {
            TypedQuickstart.Run(client, "ERP - Global");
        }
        finally
        {
            Console.SetOut(saved);
        }
        var text = output.ToString();
        Assert.Contains("HR - Global Human Resources System", text);
        Assert.Contains("john.doe@example.com (RESPONSIBLE)", text);
        Assert.Contains("same fact sheet: True", text);
        Assert.Contains("Quote-to-Cash", text);
        Assert.Contains("Order-to-Invoice", text);
        Assert.Matches(@"Acme Holding SE → .+ → .+ → .+", text);
        Assert.Contains("Company: Holding", text);
        Assert.Contains("location: Munich, Germany", text);
        Assert.Contains("ERP - Global: business criticality = missionCritical, mission critical: True", text);
        Assert.Contains("ERP - Global → SAP S/4HANA: annual cost 850,000", text);
        Assert.Contains("ERP - Global lifecycle: active; via the dynamic layer: active", text);
    }
}
