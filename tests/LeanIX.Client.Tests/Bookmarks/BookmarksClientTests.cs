using System.Text.Json.Nodes;
using LeanIX.Emulator.Hosting;

namespace LeanIX.Client.Tests.Bookmarks;

public class BookmarksClientTests
{
    private static Bookmark Diagram(string name, Guid? factSheet = null) => new()
    {
        Name = name,
        Type = BookmarkTypes.Visualizer,
        State = new JsonObject
        {
            ["graphXml"] = factSheet is { } id ? $"<mxGraphModel><object factSheetId=\"{id}\"/></mxGraphModel>" : "<mxGraphModel/>",
            ["viewport"] = new JsonObject { ["scale"] = 1 }
        }
    };

    [Fact]
    public async Task Bookmarks_are_created_found_by_id_or_name_listed_by_type_updated_and_deleted()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        using var lx = TestClients.For(host);
        var report = await lx.Bookmarks.CreateAsync(new Bookmark
        {
            Name = "Landscape", Type = BookmarkTypes.Reporting, GroupKey = "landscape", State = new JsonObject { ["reportId"] = "landscape" }
        });
        Assert.NotNull(report.Id);
        Assert.Equal("PUBLISHED", report.Sharing);
        Assert.Equal(host.Workspace.ApiTokens[host.ApiToken], report.UserId);
        Assert.Equal("landscape", (string?)report.State["reportId"]);

        Assert.Equal(report.Id, (await lx.Bookmarks.GetAsync("landscape")).Id);           // by name, any type, case-insensitive
        Assert.Equal(report.Id, (await lx.Bookmarks.GetAsync(report.Id!.Value.ToString())).Id);
        var viewed = await lx.Bookmarks.GetAsync(report.Id.Value);
        Assert.True(viewed.Views >= 1);
        Assert.Equal(["Landscape"], (await lx.Bookmarks.ListAsync(BookmarkTypes.Reporting, "landscape")).Select(b => b.Name));
        Assert.Empty(await lx.Bookmarks.ListAsync(BookmarkTypes.Dashboard));

        var renamed = await lx.Bookmarks.UpdateAsync(viewed with { Name = "Landscape 2026", Description = "yearly" });
        Assert.Equal("Landscape 2026", renamed.Name);
        Assert.Equal("yearly", renamed.Description);
        Assert.True(renamed.UpdatedAt >= report.UpdatedAt);

        await lx.Bookmarks.DeleteAsync(report.Id.Value);
        await Assert.ThrowsAsync<LeanIXNotFoundException>(() => lx.Bookmarks.GetAsync(report.Id.Value));
        await Assert.ThrowsAsync<LeanIXNotFoundException>(() => lx.Bookmarks.GetAsync("Landscape 2026"));
    }

    [Fact]
    public async Task Diagrams_are_visualizer_bookmarks_with_their_referenced_fact_sheets()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        using var lx = TestClients.For(host);
        var fs = Guid.NewGuid();
        var diagram = await lx.Bookmarks.CreateAsync(Diagram("Flows", fs));
        var report = await lx.Bookmarks.CreateAsync(new Bookmark { Name = "Flows report", State = [] });

        var found = await lx.Bookmarks.GetDiagramAsync("Flows");
        Assert.Equal(diagram.Id, found.Id);
        Assert.Equal([fs], found.ReferencedFactSheetIds);
        Assert.Equal(["Flows"], (await lx.Bookmarks.ListDiagramsAsync()).Select(d => d.Name));
        await Assert.ThrowsAsync<LeanIXNotFoundException>(() => lx.Bookmarks.GetDiagramAsync(report.Id!.Value.ToString()));

        var moved = await lx.Bookmarks.UpdateDiagramAsync(found with { State = Diagram("Flows").State });
        Assert.Empty(moved.ReferencedFactSheetIds!);
        Assert.Throws<ArgumentException>(() => { _ = lx.Bookmarks.UpdateDiagramAsync(report); });

        await Assert.ThrowsAsync<LeanIXNotFoundException>(() => lx.Bookmarks.DeleteDiagramAsync(report.Id!.Value));
        await lx.Bookmarks.DeleteDiagramAsync(diagram.Id!.Value);
        Assert.Empty(await lx.Bookmarks.ListDiagramsAsync());
    }

    [Fact]
    public async Task A_bookmark_without_a_name_or_with_an_unknown_type_is_refused_before_sending_and_by_the_service()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        using var lx = TestClients.For(host);
        var noName = await Assert.ThrowsAsync<ArgumentException>(() => lx.Bookmarks.CreateAsync(new Bookmark { Name = " ", State = [] }));
        Assert.Contains("needs a name", noName.Message);
        await Assert.ThrowsAsync<ArgumentException>(() => lx.Bookmarks.CreateAsync(new Bookmark { Name = "x", Type = "MAP", State = [] }));
        await Assert.ThrowsAsync<ArgumentException>(() => lx.Bookmarks.ListAsync("MAP"));

        // The service's own check (D52), reached through the raw connection.
        var raw = await Assert.ThrowsAsync<LeanIXRequestFailedException>(() => lx.Connection.RequestAsync("services/pathfinder/v1/bookmarks",
            HttpMethod.Post, new JsonObject { ["type"] = "REPORTING", ["state"] = new JsonObject() }));
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, raw.Status);
        Assert.Contains("needs a name", raw.Message);
        await Assert.ThrowsAsync<LeanIXNotFoundException>(() => lx.Bookmarks.GetAsync(Guid.NewGuid()));
        await Assert.ThrowsAsync<LeanIXNotFoundException>(() => lx.Bookmarks.DeleteAsync(Guid.NewGuid()));
    }

    [Fact]
    public async Task A_viewer_reads_bookmarks_but_may_not_create_or_delete_them()
    {
        await using var host = await RoleHosts.StartAsync();
        using var admin = TestClients.For(host);
        using var viewer = RoleHosts.SecondClient(host);
        var diagram = await admin.Bookmarks.CreateAsync(Diagram("Shared flows"));
        var seen = await viewer.Bookmarks.GetDiagramAsync("Shared flows");
        Assert.True(seen.Readonly);
        await Assert.ThrowsAsync<LeanIXAuthenticationException>(() => viewer.Bookmarks.CreateAsync(Diagram("Mine")));
        await Assert.ThrowsAsync<LeanIXAuthenticationException>(() => viewer.Bookmarks.DeleteAsync(diagram.Id!.Value));
    }
}
