using LeanIX.Client;
using LeanIX.Client.Todos;

namespace LeanIX.Quality.Reminders;

/// <summary>
/// Keeps one to-do per fact sheet and gap code in step with the gaps, as the seed's quality handler does: each is written
/// through <see cref="TodosClient.CreateOrUpdateTodoAsync"/> keyed by the external id <c>quality:&lt;code&gt;:&lt;fact sheet id&gt;</c>
/// (admin.md §4.3), so a rerun keeps an unchanged one and replaces a changed one; open quality to-dos whose gap is gone are closed.
/// </summary>
public static class QualityTodoSync
{
    /// <summary>The external id prefix that marks the to-dos this sync owns.</summary>
    public const string ExternalIdPrefix = "quality:";

    /// <summary>The external id for a gap code on a fact sheet.</summary>
    public static string ExternalIdOf(string code, Guid factSheetId) => $"{ExternalIdPrefix}{code}:{factSheetId}";

    /// <summary>Creates, keeps and closes to-dos so that they match <paramref name="result"/>.</summary>
    public static async Task<TodoSyncResult> SyncAsync(LeanIXClient client, QualityResult result, int? dueDays = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(result);
        var wanted = new HashSet<string>(StringComparer.Ordinal);
        int created = 0, kept = 0;
        foreach (var fs in result.CheckedFactSheets)
        {
            var owners = Subscriber.Of(fs).Where(s => s.IsOwner).Select(s => s.UserId)
                .Where(id => result.Workspace.User(id) is { IsActive: true, TechnicalUser: false }).Distinct().Select(id => id.ToString()).Order(StringComparer.Ordinal).ToList();
            foreach (var byCode in result.GapsOf(fs.Id).GroupBy(g => g.Code))
            {
                var externalId = ExternalIdOf(byCode.Key, fs.Id);
                wanted.Add(externalId);
                var gaps = byCode.ToList();
                var todo = new NewTodo
                {
                    FactSheetId = fs.Id.ToString(), ExternalId = externalId, AssigneeIds = owners, DueDays = dueDays,
                    Title = $"Data quality: {gaps[0].Message}".Length <= 200 ? $"Data quality: {gaps[0].Message}" : $"Data quality: {byCode.Key}",
                    Description = string.Join("\n", gaps.Select(g => $"{g.Message} How to fix: {g.HowToFix}"))
                };
                var upsert = await client.Todos.CreateOrUpdateTodoAsync(todo, uniqueFields: [TodoField.ExternalId],
                    variableFields: [TodoField.Title, TodoField.Description, TodoField.Assignees], cancellationToken: cancellationToken).ConfigureAwait(false);
                if (upsert.Created) created++; else kept++;
            }
        }
        var open = await client.Todos.QueryAsync(new TodoQuery { States = TodoState.Active, Categories = [TodoCategory.ActionItem] }, cancellationToken).ConfigureAwait(false);
        var checkedIds = result.CheckedFactSheets.Select(f => f.Id.ToString()).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var closed = 0;
        foreach (var stale in open.Where(t => t.ExternalId is { } id && id.StartsWith(ExternalIdPrefix, StringComparison.Ordinal) && !wanted.Contains(id)
                                              && t.FactSheet is { } f && checkedIds.Contains(f.Id)))
        {
            await client.Todos.CloseAsync(stale.Id!, cancellationToken).ConfigureAwait(false);
            closed++;
        }
        return new TodoSyncResult(created, kept, closed);
    }
}
