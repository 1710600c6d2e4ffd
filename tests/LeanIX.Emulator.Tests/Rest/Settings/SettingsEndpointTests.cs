using System.Net;
using System.Text.Json.Nodes;
using LeanIX.Emulator.Hosting;
using LeanIX.Emulator.Tests.Infrastructure;

namespace LeanIX.Emulator.Tests.Rest.Settings;

/// <summary>admin.md §6, D55, D56 over the wire.</summary>
public class SettingsEndpointTests
{
    private const string Base = "services/pathfinder/v1";

    [Fact]
    public async Task Features_list_and_flip_in_the_d1_envelope_and_survive_a_restart()
    {
        var file = Path.Combine(Path.GetTempPath(), $"features-{Guid.NewGuid():N}.db");
        try
        {
            var options = () => new EmulatorOptions { DataFile = file, Workspaces = { new WorkspaceConfig { Seed = "empty" } } };
            await using (var host = await EmulatorHost.StartAsync(options()))
            {
                using var client = new WireClient(host);
                using var list = await client.SendAsync(HttpMethod.Get, Base + "/features");
                var body = await RestAssert.OkAsync(list, "Feature");
                Assert.Equal(body["data"]!.AsArray().Count, (int)body["total"]!);
                using var flip = await client.SendAsync(HttpMethod.Post, Base + "/features/collaboration.comments?enabled=false");
                Assert.Equal("DISABLED", (string?)(await RestAssert.OkAsync(flip, "Feature"))["data"]!["status"]);
                using var bad = await client.SendAsync(HttpMethod.Post, Base + "/features/collaboration.comments?enabled=sometimes");
                await RestAssert.ErrorAsync(bad, HttpStatusCode.BadRequest, "enabled");
                var settings = (JsonObject)(await client.GetJsonAsync(Base + "/settings"))["data"]!;
                settings["language"] = "de";
                using var put = await client.SendAsync(HttpMethod.Put, Base + "/settings", settings);
                await RestAssert.OkAsync(put, "WorkspaceSettings");
            }
            await using (var host = await EmulatorHost.StartAsync(options()))
            {
                using var client = new WireClient(host);
                Assert.Equal("DISABLED", (string?)(await client.GetJsonAsync(Base + "/features/collaboration.comments"))["data"]!["status"]);
                Assert.Equal("de", (string?)(await client.GetJsonAsync(Base + "/settings"))["data"]!["language"]);
            }
        }
        finally
        {
            foreach (var f in Directory.GetFiles(Path.GetTempPath(), Path.GetFileName(file) + "*")) File.Delete(f);
        }
    }

    [Theory]
    [InlineData("design", null, "lack the required key(s): design")]
    [InlineData("quickSearchMode", "\"TREE\"", "'quickSearchMode' must be one of")]
    [InlineData("idleTimeoutMinutes", "0", "idleTimeoutMinutes")]
    [InlineData("tags", "{\"taggingMode\":\"SOMETIMES\"}", "tags.taggingMode")]
    [InlineData("dashboard", "{\"allowedIframePanelUrls\":\"\"}", "dashboard.allowedIframePanelAttributes")]
    public async Task A_settings_put_missing_keys_or_with_bad_values_is_a_400(string key, string? value, string message)
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        using var client = new WireClient(host);
        var settings = (JsonObject)(await client.GetJsonAsync(Base + "/settings"))["data"]!;
        if (value is null) settings.Remove(key);
        else settings[key] = JsonNode.Parse(value);
        using var response = await client.SendAsync(HttpMethod.Put, Base + "/settings", settings);
        await RestAssert.ErrorAsync(response, HttpStatusCode.BadRequest, message);
    }

    [Fact]
    public async Task Another_workspace_id_is_forbidden_and_viewers_change_nothing()
    {
        await using var host = await RoleTokens.StartAsync();
        using var viewer = new WireClient(host, RoleTokens.SecondToken);
        using (var other = await viewer.SendAsync(HttpMethod.Get, $"{Base}/settings?workspaceId={Guid.NewGuid()}"))
            await RestAssert.ErrorAsync(other, HttpStatusCode.Forbidden, "does not grant access");
        using (var flip = await viewer.SendAsync(HttpMethod.Post, Base + "/features/x.y?enabled=true"))
            await RestAssert.ErrorAsync(flip, HttpStatusCode.Forbidden, "admins");
        using (var missing = await viewer.SendAsync(HttpMethod.Get, Base + "/features/x.y"))
            await RestAssert.ErrorAsync(missing, HttpStatusCode.NotFound, "does not exist");
    }
}
