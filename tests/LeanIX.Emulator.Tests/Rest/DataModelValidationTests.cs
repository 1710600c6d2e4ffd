using System.Net;
using LeanIX.Emulator.Hosting;
using LeanIX.Emulator.Tests.Infrastructure;

namespace LeanIX.Emulator.Tests.Rest;

/// <summary>One emulator for the rejected PUTs: none of them may change it.</summary>
public sealed class EmptyWorkspaceFixture : IAsyncLifetime
{
    public EmulatorHost Host { get; private set; } = null!;
    public WireClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Host = await EmulatorHost.StartAsync("empty");
        Client = new WireClient(Host);
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Host.DisposeAsync();
    }
}

/// <summary>D2/D24: an invalid model is refused with 400 and a message naming the problem.</summary>
public class DataModelValidationTests(EmptyWorkspaceFixture fixture) : IClassFixture<EmptyWorkspaceFixture>
{
    [Theory]
    [InlineData("{not json", "not valid JSON")]
    [InlineData("{\"foo\":1}", "factSheets")]
    [InlineData("[1,2]", "JSON object")]
    [InlineData("{\"data\":42}", "data")]
    [InlineData("{\"factSheets\":{\"A\":{\"fields\":{\"x\":{\"values\":[]}}}}}", "has no type")]
    [InlineData("{\"factSheets\":{}}", "no fact sheet types")]
    [InlineData("{\"factSheets\":{\"A\":{}},\"relations\":{\"r\":{\"from\":{\"factSheetType\":\"A\",\"name\":\"relAToB\"},\"to\":{\"factSheetType\":\"B\",\"name\":\"relBToA\"}}}}", "unknown fact sheet type 'B'")]
    [InlineData("{\"factSheets\":{\"A\":{\"fields\":{\"x\":{\"type\":7}}}}}", "Invalid data model")]
    public async Task Put_of_an_invalid_model_is_400_with_a_clear_message(string body, string messagePart)
    {
        using var response = await DataModelEndpointTests.PutRawAsync(fixture.Client, "services/pathfinder/v1/models/dataModel", body);
        await RestAssert.ErrorAsync(response, HttpStatusCode.BadRequest, messagePart);
        Assert.Equal(0, fixture.Host.Workspace.ModelVersion);
    }
}
