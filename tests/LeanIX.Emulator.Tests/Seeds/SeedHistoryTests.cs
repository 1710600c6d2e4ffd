using LeanIX.Emulator.Domain;
using LeanIX.Emulator.Hosting;
using LeanIX.Emulator.Seeds;
using LeanIX.Emulator.Store;
using LeanIX.Emulator.Tests.Infrastructure;

namespace LeanIX.Emulator.Tests.Seeds;

/// <summary>D87: every seeded fact sheet has a FACT_SHEET_CREATED log event by a seeded user at its createdAt.</summary>
public class SeedHistoryTests
{
    [Fact]
    public async Task Demo_fact_sheets_have_a_creation_event_by_a_seeded_user_at_createdAt()
    {
        await using var host = await EmulatorHost.StartAsync("demo");
        using var client = new WireClient(host);
        var sheets = (await client.GraphQLDataAsync("{ allFactSheets { edges { node { id createdAt } } } }"))["allFactSheets"]!["edges"]!.AsArray()
            .Select(e => (Id: (string)e!["node"]!["id"]!, CreatedAt: (string)e["node"]!["createdAt"]!)).ToList();
        Assert.True(sheets.Count > 100);
        var creators = new HashSet<string>();
        foreach (var (id, createdAt) in sheets.Where((_, i) => i % 25 == 0))
        {
            var events = (await client.GraphQLDataAsync($$"""
                { allLogEvents(factSheetId: "{{id}}", eventTypes: [FACT_SHEET_CREATED]) { edges { node { eventType createdAt user { email technicalUser } } } } }
                """))["allLogEvents"]!["edges"]!.AsArray();
            var created = Assert.Single(events)!["node"]!;
            Assert.Equal("FACT_SHEET_CREATED", (string?)created["eventType"]);
            Assert.Equal(createdAt, (string?)created["createdAt"]);
            Assert.EndsWith("@example.com", (string?)created["user"]!["email"]);
            Assert.False((bool)created["user"]!["technicalUser"]!);
            creators.Add((string)created["user"]!["email"]!);
        }
        Assert.True(creators.Count > 1, "creators rotate over the seeded people");
    }

    [Fact]
    public void Synthetic_fact_sheets_each_have_one_creation_event_by_a_seeded_user()
    {
        var state = SeedTestWorkspace.Create("v4", new SyntheticSeed(1_500)).State;
        // The in-memory log keeps only the newest records; each fact sheet's own history is complete.
        var created = state.FactSheets.All.SelectMany(fs => state.ChangesOf(fs.Id)).Where(r => r.EventType == EventTypes.FactSheetCreated).ToList();
        Assert.Equal(state.FactSheets.Count, created.Count);
        Assert.Equal(state.FactSheets.Count, created.Select(r => r.FactSheetId).Distinct().Count());
        Assert.All(created, r =>
        {
            var fs = state.FactSheets.Get(r.FactSheetId!.Value)!;
            Assert.Equal(fs.CreatedAt, r.CreatedAt);
            var user = state.Users.Get(r.UserId!.Value)!;
            Assert.False(user.TechnicalUser);
        });
        // Numbered like committed records, so later commits continue after them.
        Assert.Equal(created.Count, state.LastSequence);
        Assert.Equal(Enumerable.Range(1, created.Count).Select(i => (long)i), created.Select(r => r.Sequence).Order());
    }

    [Fact]
    public async Task A_seeded_creation_event_survives_a_history_longer_than_memory_keeps()
    {
        // A memory store writes the seed's records only when its change log is first read (issue 15); a fact sheet
        // edited past the in-memory window reads its older history from there, creation event included.
        var options = new EmulatorOptions { RateLimitPerMinute = 0 };
        options.Workspaces.Add(new WorkspaceConfig { Seed = "synthetic:50" });
        await using var host = await EmulatorHost.StartAsync(options);
        using var client = new WireClient(host);
        var id = (string)(await client.GraphQLDataAsync("{ allFactSheets(first: 1) { edges { node { id } } } }"))["allFactSheets"]!["edges"]![0]!["node"]!["id"]!;
        const int edits = WorkspaceState.RetainedChangesPerFactSheet + 20;
        var mutation = "mutation {" + string.Concat(Enumerable.Range(0, edits).Select(i =>
            $$""" e{{i}}: updateFactSheet(id: "{{id}}", patches: [{op: replace, path: "/description", value: "edit {{i}}"}]) { factSheet { rev } }""")) + " }";
        await client.GraphQLDataAsync(mutation);

        var log = (await client.GraphQLDataAsync($$"""
            { allLogEvents(factSheetId: "{{id}}", first: 500) { totalCount edges { node { eventType } } } }
            """))["allLogEvents"]!;
        var types = log["edges"]!.AsArray().Select(e => (string)e!["node"]!["eventType"]!).ToList();
        Assert.Equal(types.Count, log["totalCount"]!.GetValue<int>());
        // Each edit logs the update and its field change; the seed's creation event is the oldest.
        Assert.Equal(edits, types.Count(t => t == "FACT_SHEET_UPDATED"));
        Assert.Single(types, t => t == "FACT_SHEET_CREATED");
        Assert.Equal("FACT_SHEET_CREATED", types[^1]); // allLogEvents is newest first
    }
}
