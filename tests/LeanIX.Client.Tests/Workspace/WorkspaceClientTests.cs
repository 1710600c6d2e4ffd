using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using LeanIX.Emulator.Hosting;

namespace LeanIX.Client.Tests.Workspace;

/// <summary>admin.md §6, D55, D56 on the client: features, quota, settings backup/update/restore.</summary>
public class WorkspaceClientTests
{
    [Fact]
    public async Task Features_are_listed_read_one_by_one_and_the_quota_is_the_quota_feature()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        using var lx = TestClients.For(host);
        var features = await lx.Workspace.GetFeaturesAsync();
        Assert.Contains(features, f => f.Id == "collaboration.notifications" && f.IsEnabled);
        Assert.Equal(features.Select(f => f.Id).Order(StringComparer.Ordinal), features.Select(f => f.Id));
        var quota = await lx.Workspace.GetFeatureAsync(WorkspaceClient.ApplicationQuotaFeature);
        Assert.Equal(("QUOTA", 500), (quota.Type, quota.Quota));
        Assert.Equal(500, await lx.Workspace.GetQuotaAsync());

        // D55: POST ?enabled= flips a feature; an unknown id becomes a customized one.
        await lx.Connection.RequestAsync("services/pathfinder/v1/features/survey.surveys", HttpMethod.Post, query: new Dictionary<string, string?> { ["enabled"] = "true" });
        Assert.True((await lx.Workspace.GetFeatureAsync("survey.surveys")).IsEnabled);
        await lx.Connection.RequestAsync("services/pathfinder/v1/features/custom.thing", HttpMethod.Post, query: new Dictionary<string, string?> { ["enabled"] = "false" });
        var custom = await lx.Workspace.GetFeatureAsync("custom.thing");
        Assert.Equal((true, false), (custom.Customized, custom.IsEnabled));

        await Assert.ThrowsAsync<LeanIXNotFoundException>(() => lx.Workspace.GetFeatureAsync("no.such.feature"));
    }

    [Fact]
    public async Task Settings_are_backed_up_to_a_timestamped_file_changed_and_restored_from_it()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        using var lx = TestClients.For(host);
        var folder = Path.Combine(Path.GetTempPath(), "lx-settings-" + Guid.NewGuid().ToString("N"));
        try
        {
            var original = await lx.Workspace.GetSettingsAsync();
            Assert.Equal("EUR", (string?)original["currency"]);
            var backup = await lx.Workspace.BackupSettingsAsync(folder);
            Assert.Matches(new Regex(@"settings\.ws_demo\.\d{8}-\d{6}\.json$"), backup);
            Assert.True(JsonNode.DeepEquals(original, JsonNode.Parse(await File.ReadAllTextAsync(backup))));

            var changed = (JsonObject)original.DeepClone();
            changed["currency"] = "USD";
            changed["idleTimeoutMinutes"] = 30;
            var stored = await lx.Workspace.UpdateSettingsAsync(changed);
            Assert.Equal("USD", (string?)stored["currency"]);
            Assert.Equal("USD", (string?)(await lx.Workspace.GetSettingsAsync())["currency"]);

            var restored = await lx.Workspace.RestoreSettingsAsync(backup);
            Assert.True(JsonNode.DeepEquals(original, restored));
        }
        finally
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Incomplete_or_invalid_settings_and_non_admins_are_refused()
    {
        await using var host = await RoleHosts.StartAsync();
        using var lx = TestClients.For(host);
        var settings = await lx.Workspace.GetSettingsAsync();
        var incomplete = (JsonObject)settings.DeepClone();
        incomplete.Remove("design");
        incomplete.Remove("tags");
        var missing = await Assert.ThrowsAsync<ArgumentException>(() => lx.Workspace.UpdateSettingsAsync(incomplete));
        Assert.Contains("tags, design", missing.Message);

        var badEnum = (JsonObject)settings.DeepClone();
        badEnum["dataPrivacy"] = "LOOSE";
        var refused = await Assert.ThrowsAsync<LeanIXRequestFailedException>(() => lx.Workspace.UpdateSettingsAsync(badEnum));
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, refused.Status);
        Assert.Contains("dataPrivacy", refused.Message);

        // The service's own check of missing keys (D56), past the client's.
        var raw = await Assert.ThrowsAsync<LeanIXRequestFailedException>(() => lx.Connection.RequestAsync("services/pathfinder/v1/settings", HttpMethod.Put, incomplete));
        Assert.Contains("lack the required key(s): tags, design", raw.Message);

        var notBackup = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(notBackup, "not json");
            await Assert.ThrowsAsync<InvalidDataException>(() => lx.Workspace.RestoreSettingsAsync(notBackup));
        }
        finally
        {
            File.Delete(notBackup);
        }

        using var viewer = RoleHosts.SecondClient(host);
        Assert.NotNull(await viewer.Workspace.GetSettingsAsync());
        await Assert.ThrowsAsync<LeanIXAuthenticationException>(() => viewer.Workspace.UpdateSettingsAsync(settings));
    }
}
