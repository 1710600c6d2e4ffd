using System.Text.Json.Nodes;
using LeanIX.Emulator.Domain;
using LeanIX.Emulator.Hosting;

namespace LeanIX.Client.Tests.Downloads;

/// <summary>Set-up shared by the download tests: link documents and surveys (the emulator seeds surveys from outside, D70).</summary>
internal static class DownloadTestData
{
    public static async Task<Guid> CreateLinkDocumentAsync(LeanIXClient lx, Guid factSheetId, string url)
    {
        var data = await lx.Connection.GraphQLAsync("mutation($id: ID!, $url: String) { createDocument(factSheetId: $id, name: \"Wiki\", url: $url) { id } }",
            new JsonObject { ["id"] = factSheetId.ToString("D"), ["url"] = url });
        return Guid.Parse((string)data["createDocument"]!["id"]!);
    }

    /// <summary>A survey with two questions and one run over <paramref name="factSheets"/>; the first fact sheet answered both.</summary>
    public static async Task<(Poll Poll, PollRun Run)> SeedSurveyAsync(EmulatorHost host, string title, IReadOnlyList<Guid> factSheets, DateTimeOffset at)
    {
        var poll = new Poll
        {
            Id = Guid.NewGuid(), Title = title, CreatedAt = at,
            Questions = [new PollQuestion("q1", "Is the owner right?", "SINGLE_SELECT"), new PollQuestion("q2", "Hosting?", "TEXT")]
        };
        var run = new PollRun
        {
            Id = Guid.NewGuid(), PollId = poll.Id, StartTime = at, FactSheetIds = [.. factSheets],
            Answers = [new PollAnswer(factSheets[0], "q1", "Yes"), new PollAnswer(factSheets[0], "q2", "Cloud")]
        };
        using (await host.Workspace.LockAsync())
        {
            var tx = host.Workspace.Begin(null);
            tx.Overlay<Poll>().Add(poll);
            tx.Overlay<PollRun>().Add(run);
            host.Workspace.Commit(tx);
        }
        return (poll, run);
    }

    public static string TempDirectory()
    {
        var path = Path.Combine(Path.GetTempPath(), "lx-downloads-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }
}
