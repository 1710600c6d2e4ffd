using System.Net;
using LeanIX.Client.Calculations;
using LeanIX.Client.ManagedCode;
using LeanIX.Emulator.Hosting;

namespace LeanIX.Client.Tests.Calculations;

public class CalculationsClientTests
{
    private static Calculation Criticality(string name = "Criticality from cost") => new()
    {
        Name = name,
        Description = "Sets the business criticality",
        AffectedFactSheetType = "Application",
        AffectedFieldKey = "businessCriticality",
        Status = "active",
        Code = "export function main() { return data.description ? 'missionCritical' : null; }",
        Fields = [new CalculationField { Type = "fact-sheet", Key = "description", TriggerType = "change" }]
    };

    [Fact]
    public async Task Calculations_are_created_listed_read_updated_and_deleted_with_their_managed_code_configuration()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        using var lx = TestClients.For(host);
        var created = await lx.Calculations.CreateAsync(Criticality());
        Assert.NotNull(created.Id);
        Assert.Equal("SINGLE_SELECT", created.AffectedFieldType); // filled from the data model
        Assert.Equal(host.Workspace.ApiTokens[host.ApiToken], created.OwnerId);
        Assert.False(created.Invalid);
        Assert.Equal("description", Assert.Single(created.Fields!).Key);

        Assert.Equal([created.Id], (await lx.Calculations.ListAsync()).Select(c => c.Id));
        var read = await lx.Calculations.GetAsync(created.Id!.Value);
        Assert.Equal(created.Code, read.Code);

        var configuration = await lx.ManagedCode.GetConfigurationAsync(created.Id.Value); // D57: the code is managed code with the same id
        Assert.Equal(ManagedCodeCapability.Calculations, configuration.Capability!.Type);
        Assert.Equal(1, configuration.Version);

        var updated = await lx.Calculations.UpdateAsync(read with { Status = "inactive", Code = "export function main() { return null; }" });
        Assert.Equal("inactive", updated.Status);
        Assert.Equal(2, (await lx.ManagedCode.GetConfigurationAsync(created.Id.Value)).Version);

        await lx.Calculations.DeleteAsync(created.Id.Value);
        await Assert.ThrowsAsync<LeanIXNotFoundException>(() => lx.Calculations.GetAsync(created.Id.Value));
        await Assert.ThrowsAsync<LeanIXNotFoundException>(() => lx.ManagedCode.GetConfigurationAsync(created.Id.Value));
        await Assert.ThrowsAsync<LeanIXNotFoundException>(() => lx.Calculations.DeleteAsync(created.Id.Value));
    }

    [Fact]
    public async Task An_active_calculation_records_an_execution_per_change_of_its_fact_sheet_type_without_running_code()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        using var lx = TestClients.For(host);
        var calculation = await lx.Calculations.CreateAsync(Criticality());
        var app = await lx.FactSheets.Of("Application").CreateAsync("Calculated App");
        await lx.FactSheets.Of("ITComponent").CreateAsync("Not a target");

        var log = Assert.Single(await lx.ManagedCode.GetLogEntriesAsync(calculation.Id!.Value));
        Assert.Equal("SUCCESS", log.Status);
        Assert.Null(log.Output); // D57: the JavaScript is not run
        Assert.Equal(app.Id.ToString(), (string?)log.Input!["factSheetId"]);
        Assert.Equal("FACT_SHEET_CREATED", (string?)log.Input["eventType"]);
        var one = await lx.ManagedCode.GetLogEntryAsync(calculation.Id.Value, log.Id);
        Assert.Equal((log.Id, log.Timestamp, log.Version), (one.Id, one.Timestamp, one.Version));
        await Assert.ThrowsAsync<LeanIXNotFoundException>(() => lx.ManagedCode.GetLogEntryAsync(calculation.Id.Value, Guid.NewGuid()));
    }

    [Fact]
    public async Task Bad_calculations_are_refused_with_the_member_named_and_a_second_one_for_the_same_field_conflicts()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        using var lx = TestClients.For(host);
        await Assert.ThrowsAsync<ArgumentException>(() => lx.Calculations.CreateAsync(Criticality() with { Code = " " }));

        var unknownType = await Assert.ThrowsAsync<LeanIXRequestFailedException>(() => lx.Calculations.CreateAsync(Criticality() with { AffectedFactSheetType = "Spaceship" }));
        Assert.Equal(HttpStatusCode.BadRequest, unknownType.Status);
        Assert.Contains("'Spaceship' is not a fact sheet type", unknownType.Message);
        Assert.Equal("Validation Error", unknownType.ErrorCode);

        var baseField = await Assert.ThrowsAsync<LeanIXRequestFailedException>(() => lx.Calculations.CreateAsync(Criticality() with { AffectedFieldKey = "name" }));
        Assert.Contains("base field", baseField.Message);
        var badStatus = await Assert.ThrowsAsync<LeanIXRequestFailedException>(() => lx.Calculations.CreateAsync(Criticality() with { Status = "on" }));
        Assert.Contains("'status' must be one of active, inactive", badStatus.Message);

        await lx.Calculations.CreateAsync(Criticality());
        var second = await Assert.ThrowsAsync<LeanIXRequestFailedException>(() => lx.Calculations.CreateAsync(Criticality("Another")));
        Assert.Equal(HttpStatusCode.Conflict, second.Status);
        Assert.Equal("Conflict", second.ErrorCode);

        // admin.md §8.1: reading the target field is a configuration error, stored rather than refused.
        var circular = await lx.Calculations.CreateAsync(Criticality("Circular") with
        {
            AffectedFieldKey = "functionalSuitability", Code = "export function main() { return data.functionalSuitability; }"
        });
        Assert.True(circular.Invalid);
        Assert.Equal(1, circular.ConfigurationErrorCount);
    }

    [Fact]
    public async Task Deleting_all_calculations_needs_confirmation()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        using var lx = TestClients.For(host);
        await lx.Calculations.CreateAsync(Criticality());
        await lx.Calculations.CreateAsync(Criticality("Suitability") with { AffectedFieldKey = "functionalSuitability" });

        IReadOnlyList<Calculation>? asked = null;
        var refused = await lx.Calculations.DeleteCalculationsAsync(list => { asked = list; return false; });
        Assert.Empty(refused);
        Assert.Equal(2, asked!.Count);
        Assert.Equal(2, (await lx.Calculations.ListAsync()).Count);

        var deleted = await lx.Calculations.DeleteCalculationsAsync(_ => true);
        Assert.Equal(2, deleted.Count);
        Assert.Empty(await lx.Calculations.ListAsync());
        Assert.Empty(await lx.ManagedCode.ListConfigurationsAsync(ManagedCodeCapability.Calculations));
    }

    [Fact]
    public async Task A_viewer_reads_calculations_but_may_not_change_them()
    {
        await using var host = await RoleHosts.StartAsync();
        using var admin = TestClients.For(host);
        using var viewer = RoleHosts.SecondClient(host);
        var calculation = await admin.Calculations.CreateAsync(Criticality());
        Assert.Single(await viewer.Calculations.ListAsync());
        var refused = await Assert.ThrowsAsync<LeanIXAuthenticationException>(() => viewer.Calculations.DeleteAsync(calculation.Id!.Value));
        Assert.Equal(HttpStatusCode.Forbidden, refused.Status);
        await Assert.ThrowsAsync<LeanIXAuthenticationException>(() => viewer.Calculations.CreateAsync(Criticality("Other")));
        Assert.Single(await admin.Calculations.ListAsync());
    }
}
