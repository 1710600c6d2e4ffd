using LeanIX.Quality.Mail;
using LeanIX.Quality.Workspace;

namespace LeanIX.Quality.Reminders;

/// <summary>
/// Sends every user who must act one digest of their fact sheets' gaps (issue 11 §5). A user must act on a fact sheet they are
/// accountable or responsible for; inactive and technical users get nothing. At most one mail per user per
/// <see cref="ReminderOptions.ThrottleDays"/>, remembered in <see cref="ReminderThrottle"/>; a dry run (a transport that does not
/// deliver) neither consults nor updates the throttle. Optionally keeps the quality to-dos in step.
/// </summary>
public sealed class QualityIssueReminder(ReminderOptions options, IMailTransport transport, TimeProvider? clock = null)
{
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    /// <summary>One digest per responsible, active user with at least one gap, fact sheets by type and name, gaps most severe first.</summary>
    public static IReadOnlyList<ReminderDigest> Digests(QualityResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var workspace = result.Workspace;
        var perUser = new Dictionary<Guid, List<DigestFactSheet>>();
        foreach (var fs in result.CheckedFactSheets.OrderBy(f => f.Type, StringComparer.Ordinal).ThenBy(f => f.DisplayName, StringComparer.Ordinal))
        {
            var gaps = result.GapsOf(fs.Id);
            if (gaps.Count == 0) continue;
            var item = new DigestFactSheet(fs.Id, fs.Type, fs.DisplayName, workspace.DeepLink(fs.Id, fs.Type),
                gaps.OrderByDescending(g => g.Severity).ThenBy(g => g.Code, StringComparer.Ordinal).ToList());
            foreach (var owner in Subscriber.Of(fs).Where(s => s.IsOwner).Select(s => s.UserId).Distinct())
                if (workspace.User(owner) is { IsActive: true, TechnicalUser: false })
                    (perUser.TryGetValue(owner, out var list) ? list : perUser[owner] = []).Add(item);
        }
        return perUser.Select(p => new ReminderDigest(workspace.User(p.Key)!, p.Value)).OrderBy(d => d.User.Email, StringComparer.Ordinal).ToList();
    }

    /// <summary>Sends the digests that are due, then (when configured) syncs the to-dos.</summary>
    public async Task<ReminderRun> RunAsync(QualityResult result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        var digests = Digests(result);
        var now = _clock.GetUtcNow();
        var throttle = transport.Delivers ? new ReminderThrottle(options.StateFile) : null;
        var lastSent = throttle is null ? new Dictionary<Guid, DateTimeOffset>() : await throttle.LastSentAsync(cancellationToken).ConfigureAwait(false);
        var due = new List<ReminderDigest>();
        var throttled = new List<string>();
        foreach (var digest in digests)
        {
            if (lastSent.TryGetValue(digest.User.Id, out var last) && now - last < TimeSpan.FromDays(options.ThrottleDays)) throttled.Add(digest.User.Email);
            else due.Add(digest);
        }
        var messages = due.Select(d => DigestMail.Compose(d, options, result.Workspace.WorkspaceUrl)).ToList();
        var destinations = await transport.SendAsync(messages, cancellationToken).ConfigureAwait(false);
        if (throttle is not null)
            foreach (var digest in due) await throttle.MarkSentAsync(digest.User.Id, digest.User.Email, now, cancellationToken).ConfigureAwait(false);
        var todos = options.SyncTodos
            ? await QualityTodoSync.SyncAsync(result.Workspace.Client, result, options.TodoDueDays, cancellationToken).ConfigureAwait(false)
            : null;
        return new ReminderRun(digests, due.Select(d => d.User.Email).ToList(), throttled, destinations, todos);
    }

    /// <summary>Loads nothing itself: run the checkers on a <see cref="QualityWorkspace"/> first and pass the result.</summary>
    public override string ToString() => $"QualityIssueReminder ({(transport.Delivers ? "sending" : "dry run")}, one mail per {options.ThrottleDays} days)";
}
