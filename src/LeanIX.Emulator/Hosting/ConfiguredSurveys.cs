using LeanIX.Emulator.Domain;
using LeanIX.Emulator.Store;
using LeanIX.Emulator.Wire;

namespace LeanIX.Emulator.Hosting;

/// <summary>
/// Writes the surveys of a workspace's config into the workspace (D70) on every start: a survey and its runs keep their
/// ids, so the config stays the source of truth and a restart over a <c>--data</c> file replaces rather than duplicates them.
/// </summary>
public static class ConfiguredSurveys
{
    public static void Apply(Workspace workspace, IReadOnlyList<SurveyConfig> surveys, DateTimeOffset now)
    {
        if (surveys.Count == 0) return;
        var tx = workspace.Begin(null);
        foreach (var survey in surveys)
        {
            if (string.IsNullOrWhiteSpace(survey.Title)) throw new StartupException($"Workspace '{workspace.Name}': a survey has no title.");
            var poll = new Poll
            {
                Id = survey.Id ?? Ids.FromName($"poll:{workspace.Id}:{survey.Title}"),
                Title = survey.Title,
                Language = survey.Language,
                CreatedAt = survey.CreatedAt ?? now,
                Questions = [.. survey.Questions.Select(q => new PollQuestion(q.Id, q.Text, q.Type))]
            };
            var questions = poll.Questions.Select(q => q.Id).ToHashSet(StringComparer.Ordinal);
            tx.Overlay<Poll>().Add(poll);
            for (var index = 0; index < survey.Runs.Count; index++)
            {
                var run = survey.Runs[index];
                var answers = run.Answers.Select(a => questions.Contains(a.Question)
                        ? new PollAnswer(FactSheetId(workspace, survey, a.FactSheet), a.Question, a.Answer)
                        : throw new StartupException($"Workspace '{workspace.Name}', survey '{survey.Title}': an answer names unknown question '{a.Question}'."))
                    .ToList();
                tx.Overlay<PollRun>().Add(new PollRun
                {
                    Id = run.Id ?? Ids.FromName($"poll-run:{poll.Id}:{index}"),
                    PollId = poll.Id,
                    Status = run.Status,
                    StartTime = run.StartTime ?? poll.CreatedAt,
                    FactSheetIds = [.. run.FactSheets.Select(f => FactSheetId(workspace, survey, f)).Union(answers.Select(a => a.FactSheetId))],
                    Answers = answers
                });
            }
        }
        workspace.Commit(tx);
    }

    /// <summary>A fact sheet named by id, or by a name that exactly one fact sheet carries.</summary>
    private static Guid FactSheetId(Workspace workspace, SurveyConfig survey, string reference)
    {
        if (Guid.TryParse(reference, out var id) && workspace.State.FactSheets.Get(id) is not null) return id;
        var named = workspace.State.FactSheets.All.Where(f => f.Name == reference).Take(2).ToList();
        return named.Count == 1
            ? named[0].Id
            : throw new StartupException($"Workspace '{workspace.Name}', survey '{survey.Title}': " +
                (named.Count == 0 ? $"no fact sheet has the id or name '{reference}'." : $"more than one fact sheet is named '{reference}'; use its id."));
    }
}
