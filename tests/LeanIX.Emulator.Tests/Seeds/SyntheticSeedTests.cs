using System.Diagnostics;
using LeanIX.Emulator.Seeds;
using LeanIX.Emulator.Store;
using Xunit.Abstractions;

namespace LeanIX.Emulator.Tests.Seeds;

public class SyntheticSeedTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("v3", 0)]
    [InlineData("v3", 5)]
    [InlineData("v3", 100)]
    [InlineData("v4", 1)]
    [InlineData("v4", 100)]
    [InlineData("v3", 2_000)]
    [InlineData("v4", 2_000)]
    public void Synthetic_creates_exactly_N_valid_fact_sheets(string model, int count)
    {
        var state = SeedTestWorkspace.Create(model, new SyntheticSeed(count)).State;
        Assert.Equal(count, state.FactSheets.Count);
        Assert.Empty(SeedStateValidator.Validate(state));
        Assert.NotEmpty(state.SubscriptionRoles.All);
        Assert.NotEmpty(state.Users.All);
        if (count >= 100)
        {
            // Even small workspaces get about three relations per fact sheet (counting both ends).
            var ratio = state.Relations.Count / (double)count;
            output.WriteLine($"{model} N={count}: {state.Relations.Count} relations ({ratio:F2} per fact sheet)");
            Assert.InRange(ratio, 1.0, 1.8);
        }
    }

    [Theory]
    [InlineData("v3")]
    [InlineData("v4")]
    public void Synthetic_covers_every_type_with_realistic_content(string model)
    {
        var state = SeedTestWorkspace.Create(model, new SyntheticSeed(3_000)).State;
        foreach (var type in state.Model.Types.Keys)
            Assert.Contains(state.FactSheets.All, f => f.Type == type);

        // About three relations per fact sheet counting both ends (relations ≈ 1.5 N).
        Assert.InRange(state.Relations.Count / (double)state.FactSheets.Count, 1.2, 1.8);
        var kinds = state.Relations.All.Select(r => r.DefinitionName).Distinct().Count();
        Assert.True(kinds >= state.Model.Relations.Count * 3 / 4, $"only {kinds} relation kinds used");
        Assert.Contains(state.Relations.All, r => r.DefinitionName == "applicationITComponentRelation" && r.Fields.ContainsKey("costTotalAnnual"));

        var sheets = state.FactSheets.All.ToList();
        Assert.InRange(sheets.Count(f => f.Description is { Length: > 200 }), sheets.Count / 2, sheets.Count);
        Assert.Contains(sheets, f => f.Description is null);
        Assert.Contains(sheets, f => f.Fields.ContainsKey("lifecycle"));
        Assert.Contains(sheets, f => f.TagIds.Count > 0);
        Assert.Contains(sheets, f => f.LxState == "BROKEN_QUALITY_SEAL");
        Assert.InRange(state.Subscriptions.Count, sheets.Count / 2, sheets.Count * 2);
        Assert.NotEmpty(state.Documents.All);
        Assert.Equal(sheets.Count, sheets.Select(f => (f.Type, f.Name)).Distinct().Count());
    }

    [Fact]
    public void Synthetic_is_deterministic()
    {
        static string Fingerprint(WorkspaceState s) => string.Join('\n',
            s.FactSheets.All.OrderBy(f => f.Id).Select(f => $"{f.Id}|{f.Name}|{f.Description?.Length}|{f.LxState}|{f.Rev}|{f.CreatedAt:O}|{string.Join(',', f.TagIds)}|{string.Join(',', f.Fields.Select(kv => kv.Key + "=" + kv.Value?.ToJsonString()))}")
                .Concat(s.Relations.All.OrderBy(r => r.Id).Select(r => $"{r.Id}|{r.DefinitionName}|{r.FromId}|{r.ToId}|{r.ActiveFrom}|{string.Join(',', r.Fields.Select(kv => kv.Key + "=" + kv.Value?.ToJsonString()))}"))
                .Concat(s.Subscriptions.All.OrderBy(x => x.Id).Select(x => $"{x.Id}|{x.FactSheetId}|{x.UserId}|{x.Type}|{string.Join(',', x.Roles)}"))
                .Concat(s.Users.All.OrderBy(u => u.Id).Select(u => $"{u.Id}|{u.Email}|{u.PermissionRole}|{u.LastLogin:O}"))
                .Concat(s.Tags.All.OrderBy(t => t.Id).Select(t => $"{t.Id}|{t.Name}|{t.TagGroupId}"))
                .Concat(s.Documents.All.OrderBy(d => d.Id).Select(d => $"{d.Id}|{d.FactSheetId}|{d.Name}|{d.Url}")));

        var first = SeedTestWorkspace.Create("v4", new SyntheticSeed(1_500)).State;
        var second = SeedTestWorkspace.Create("v4", new SyntheticSeed(1_500)).State;
        Assert.Equal(Fingerprint(first), Fingerprint(second));
    }

    [Fact]
    public void Synthetic_populates_the_largest_workspace()
    {
        var store = SqliteStore.Open(null);
        var ws = new Workspace(Guid.NewGuid(), "t", Model.DataModel.LoadBuiltIn("v4"), store, TimeProvider.System);
        var before = GC.GetTotalMemory(true);
        var watch = Stopwatch.StartNew();
        new SyntheticSeed(SeedCatalog.MaxSynthetic).Populate(ws.State, DateTimeOffset.UtcNow);
        watch.Stop();
        var liveMegabytes = (GC.GetTotalMemory(true) - before) / 1_000_000;
        output.WriteLine($"synthetic:100000 populated in {watch.ElapsedMilliseconds} ms, {liveMegabytes} MB live: " +
                         $"{ws.State.Relations.Count} relations, {ws.State.Subscriptions.Count} subscriptions, {ws.State.Users.Count} users");
        Assert.Equal(SeedCatalog.MaxSynthetic, ws.State.FactSheets.Count);
        Assert.True(ws.State.Relations.Count > SeedCatalog.MaxSynthetic, "about 1.5 relation records per fact sheet");
        // Speed is the benchmark's to measure (bench … serve prints the start-up time), not a timed unit test's:
        // on a shared machine a time bound flakes.
    }
}
