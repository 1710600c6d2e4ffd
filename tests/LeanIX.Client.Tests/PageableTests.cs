using LeanIX.Emulator.Hosting;

namespace LeanIX.Client.Tests;

public class PageableTests
{
    [Fact]
    public async Task A_fact_sheet_list_can_stop_keep_its_token_and_resume_later()
    {
        await using var host = await EmulatorHost.StartAsync("demo");
        using var client = TestClients.For(host);
        var expected = host.Workspace.State.FactSheets.All.Where(f => f.Type == "Application" && f.IsActive).Select(f => f.Id).Order().ToList();
        Assert.True(expected.Count > 10);

        string? token = null;
        var seen = new List<Guid>();
        await foreach (var page in client.FactSheets.List("Application").AsPages(pageSizeHint: 5))
        {
            Assert.Equal(5, page.Values.Count);
            Assert.Equal(expected.Count, page.TotalCount);
            seen.AddRange(page.Values.Select(f => f.Id));
            token = page.ContinuationToken;
            break; // stop after the first page, as a script interrupted mid-run would
        }
        Assert.NotNull(token);

        // A new enumeration, even on another client, resumes where the first one stopped.
        using var later = TestClients.For(host);
        var pages = 0;
        await foreach (var page in later.FactSheets.List("Application").AsPages(token, pageSizeHint: 5))
        {
            Assert.True(page.Values.Count <= 5);
            seen.AddRange(page.Values.Select(f => f.Id));
            pages++;
        }
        Assert.Equal(expected, seen.Order());
        Assert.Equal((expected.Count - 5 + 4) / 5, pages);
    }

    [Fact]
    public async Task A_page_size_list_resumes_from_a_page_number()
    {
        await using var host = await EmulatorHost.StartAsync("demo");
        using var client = TestClients.For(host);
        var all = await client.Users.List().ToListAsync();
        Assert.Equal(host.Workspace.State.Users.All.Count(), all.Count);
        var firstPage = await FirstPage(client.Users.List().AsPages(pageSizeHint: 4));
        Assert.Equal("2", firstPage.ContinuationToken);
        var rest = new List<WorkspaceUser>();
        await foreach (var page in client.Users.List().AsPages(firstPage.ContinuationToken, pageSizeHint: 4)) rest.AddRange(page.Values);
        Assert.Equal(all.Select(u => u.Id), firstPage.Values.Concat(rest).Select(u => u.Id));
    }

    [Fact]
    public async Task The_synchronous_pageable_walks_the_same_pages()
    {
        await using var host = await EmulatorHost.StartAsync("demo");
        using var client = TestClients.For(host);
        var pageable = new Pageable<FactSheet>(client.FactSheets.List("Application"));
        var pages = pageable.AsPages(pageSizeHint: 7).ToList();
        Assert.True(pages.Count > 1);
        Assert.All(pages.SkipLast(1), p => Assert.Equal(7, p.Values.Count));
        Assert.Null(pages[^1].ContinuationToken);
        Assert.Equal(pages.SelectMany(p => p.Values).Select(f => f.Id), pageable.Select(f => f.Id));
    }

    private static async Task<Page<T>> FirstPage<T>(IAsyncEnumerable<Page<T>> pages)
    {
        await foreach (var page in pages) return page;
        throw new InvalidOperationException("No page.");
    }
}
