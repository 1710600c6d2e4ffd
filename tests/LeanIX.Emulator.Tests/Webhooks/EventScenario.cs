using System.Text.Json.Nodes;
using static LeanIX.Emulator.Tests.Webhooks.WebhookTestBed;

namespace LeanIX.Emulator.Tests.Webhooks;

/// <summary>
/// Runs one change of every kind through GraphQL (webhooks.md §7, D28) and reads every event a
/// catch-all PULL subscription received, so each fixture can be compared with the real thing.
/// </summary>
public sealed class EventScenario : IAsyncLifetime
{
    private WebhookTestBed? _bed;

    public WebhookTestBed Bed => _bed!;

    /// <summary>The DEFAULT payloads, oldest first.</summary>
    public List<JsonObject> Events { get; } = [];

    // Each read takes the latest version: a version is immutable once published (issue 9).
    private LeanIX.Emulator.Store.WorkspaceState State => Bed.Host.Workspace.State;

    public Guid App { get; private set; }
    public Guid Db { get; private set; }
    public Guid Db2 { get; private set; }

    public async Task InitializeAsync()
    {
        _bed = await StartAsync();
        var bed = Bed;
        var sub = await bed.CreatePullAsync();

        Db = await bed.CreateFactSheetAsync("ITComponent", "Demo DB");
        Db2 = await bed.CreateFactSheetAsync("ITComponent", "Demo DB v2");
        App = await bed.CreateFactSheetAsync("Application", "Demo CRM", Patch("add", "/description", "Customer relationship management (demo)"));

        var tag = State.Tags.All.First(t => t.TagGroupId is not null && t.Status == "ACTIVE"
            && State.TagGroups.Get(t.TagGroupId.Value) is { } g && (g.RestrictToFactSheetTypes.Count == 0 || g.RestrictToFactSheetTypes.Contains("Application")));
        await bed.UpdateAsync(App, null, Patch("add", "/tags", $$"""[{"tagId":"{{tag.Id}}"}]"""));

        await bed.UpdateAsync(App, null, Patch("add", "/relApplicationToITComponent/new_1", Rel(Db)));
        var relation = State.Relations.All.Single(r => r.FromId == App && r.ToId == Db && r.IsActive);
        await bed.UpdateAsync(App, null, Patch("replace", $"/relApplicationToITComponent/{relation.Id}", Rel(Db, "\"costTotalAnnual\":1200,\"activeFrom\":\"2025-01-01\"")));
        await bed.UpdateAsync(App, null, Patch("replace", $"/relApplicationToITComponent/{relation.Id}", Rel(Db2)));
        await bed.UpdateAsync(App, null, Patch("remove", $"/relApplicationToITComponent/{relation.Id}", null));
        await bed.UpdateAsync(App, null, Patch("add", "/relApplicationToITComponent/new_2", Rel(Db)));

        await bed.UpdateAsync(App, null, Patch("replace", "/alias", "CRM"));
        await bed.UpdateAsync(App, null, Patch("remove", "/tags", $$"""[{"tagId":"{{tag.Id}}"}]"""));

        var user = State.Users.All.First(u => !u.TechnicalUser && u.Status == "ACTIVE");
        var created = await bed.Client.GraphQLDataAsync($$"""
            mutation { createSubscription(factSheetId: "{{App}}", user: {id: "{{user.Id}}"}, type: RESPONSIBLE, roles: []) { id } }
            """);
        var subscriptionId = (string)created["createSubscription"]!["id"]!;
        await bed.Client.GraphQLDataAsync($$"""
            mutation { updateSubscription(id: "{{subscriptionId}}", user: {id: "{{user.Id}}"}, type: OBSERVER, roles: []) { id } }
            """);
        await bed.Client.GraphQLDataAsync($$"""mutation { deleteSubscription(id: "{{subscriptionId}}") { id } }""");

        var document = await bed.Client.GraphQLDataAsync($$"""
            mutation { createDocument(factSheetId: "{{App}}", name: "Runbook", url: "https://example.org/runbook") { id } }
            """);
        var documentId = (string)document["createDocument"]!["id"]!;
        await bed.Client.GraphQLDataAsync($$"""
            mutation { updateDocument(id: "{{documentId}}", patches: [{op: replace, path: "/name", value: "Runbook v2"}]) { id } }
            """);
        await bed.Client.GraphQLDataAsync($$"""mutation { deleteDocument(id: "{{documentId}}") { name } }""");

        await bed.UpdateAsync(App, "Duplicate of Demo ERP", Patch("replace", "/status", "ARCHIVED"));
        await bed.UpdateAsync(App, "Archived by mistake", Patch("replace", "/status", "ACTIVE"));

        var batch = await bed.PullAsync(sub);
        Events.AddRange(batch["data"]!["events"]!.AsArray().Select(e => e!["event"]!.AsObject()));
    }

    public IEnumerable<JsonObject> OfType(string type) => Events.Where(e => (string?)e["type"] == type);

    public async Task DisposeAsync()
    {
        if (_bed is not null) await _bed.DisposeAsync();
    }
}
