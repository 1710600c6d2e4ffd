using System.Net;
using LeanIX.Client.Transformations;
using LeanIX.Emulator.Hosting;

namespace LeanIX.Client.Tests.Transformations;

public class TransformationsClientTests
{
    [Fact]
    public async Task Transformations_are_created_listed_by_fact_sheet_updated_and_deleted()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        using var lx = TestClients.For(host);
        var initiative = await lx.FactSheets.Of("Initiative").CreateAsync("Cloud Move");
        var crm = await lx.FactSheets.Of("Application").CreateAsync("CRM");
        var other = await lx.FactSheets.Of("Application").CreateAsync("ERP");
        var retire = await lx.Transformations.CreateAsync(new Transformation
        {
            Name = "Retire CRM", Type = "RETIRE", FactSheetId = initiative.Id,
            FactSheets = new TransformationFactSheets(new TransformationFactSheet(crm.Id)), CompletionDate = new TransformationDate("2027-06-30")
        });
        Assert.Equal(("PLANNED", "CRM"), (retire.Status, retire.FactSheets!.Application!.DisplayName));
        await lx.Transformations.CreateAsync(new Transformation { Name = "Introduce ERP", FactSheetId = initiative.Id,
            FactSheets = new TransformationFactSheets(new TransformationFactSheet(other.Id)) });

        Assert.Equal(2, (await lx.Transformations.GetTransformationsAsync()).Count);
        Assert.Equal(["Retire CRM"], (await lx.Transformations.GetTransformationsAsync([crm.Id])).Select(t => t.Name));
        Assert.Equal(2, (await lx.Transformations.GetTransformationsAsync([initiative.Id, crm.Id])).Count); // each once

        var executed = await lx.Transformations.UpdateAsync(retire with { Status = "EXECUTED" });
        Assert.Equal("EXECUTED", (await lx.Transformations.GetAsync(executed.Id!.Value)).Status);
        await lx.Transformations.DeleteAsync(executed.Id.Value);
        await Assert.ThrowsAsync<LeanIXNotFoundException>(() => lx.Transformations.GetAsync(executed.Id.Value));
    }

    [Fact]
    public async Task A_transformation_of_no_initiative_or_with_a_bad_date_is_refused_and_a_viewer_may_only_read()
    {
        await using var host = await RoleHosts.StartAsync();
        using var lx = TestClients.For(host);
        using var viewer = RoleHosts.SecondClient(host);
        var app = await lx.FactSheets.Of("Application").CreateAsync("CRM");
        var initiative = await lx.FactSheets.Of("Initiative").CreateAsync("Cloud Move");
        var notInitiative = await Assert.ThrowsAsync<LeanIXRequestFailedException>(() =>
            lx.Transformations.CreateAsync(new Transformation { Name = "x", FactSheetId = app.Id }));
        Assert.Equal(HttpStatusCode.BadRequest, notInitiative.Status);
        Assert.Contains("active Initiative", notInitiative.Message);
        var badDate = await Assert.ThrowsAsync<LeanIXRequestFailedException>(() =>
            lx.Transformations.CreateAsync(new Transformation { Name = "x", FactSheetId = initiative.Id, CompletionDate = new TransformationDate("30.06.2027") }));
        Assert.Contains("YYYY-MM-DD", badDate.Message);

        var t = await lx.Transformations.CreateAsync(new Transformation { Name = "Move", FactSheetId = initiative.Id });
        Assert.Single(await viewer.Transformations.GetTransformationsAsync());
        await Assert.ThrowsAsync<LeanIXAuthenticationException>(() => viewer.Transformations.DeleteAsync(t.Id!.Value));
        var stub = await Assert.ThrowsAsync<LeanIXRequestFailedException>(() => lx.Connection.RequestAsync($"services/transformations/v1/transformations/{t.Id}/executions", HttpMethod.Post));
        Assert.Equal(HttpStatusCode.NotImplemented, stub.Status);
    }
}
