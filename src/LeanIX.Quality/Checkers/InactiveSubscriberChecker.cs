using LeanIX.Client;
using LeanIX.Quality.Configuration;
using LeanIX.Quality.Workspace;

namespace LeanIX.Quality.Checkers;

/// <summary>
/// <c>inactiveSubscribers</c>: a subscriber whose account or workspace permission is not active, or who has not logged
/// in within <c>months</c> (default 6, the seed's <c>recently_active</c>); one gap per user.
/// </summary>
public sealed class InactiveSubscriberChecker : QualityChecker
{
    private int _months = 6;

    /// <inheritdoc />
    protected override void ConfigureCore(CheckerSettings settings) => _months = settings.Int("months", 6, min: 1);

    /// <inheritdoc />
    protected override IEnumerable<QualityGap> CheckFactSheet(FactSheet factSheet, QualityWorkspace workspace)
    {
        var since = workspace.Now.AddMonths(-_months);
        foreach (var subscription in Subscriber.Of(factSheet).DistinctBy(s => s.UserId))
        {
            var user = workspace.User(subscription.UserId);
            var reason = user is null ? "is no longer a user of the workspace"
                : !user.IsActive ? $"is no longer active ({user.Status.ToLowerInvariant()})"
                : user.LastLogin is not { } last ? "has never logged in"
                : last < since ? $"has not logged in since {last:yyyy-MM-dd}"
                : null;
            if (reason is null) continue;
            yield return Gap(factSheet, GapCodes.InactiveSubscriber, $"The subscriber {subscription.Email} ({subscription.Type.ToLowerInvariant()}) {reason}.",
                "Hand the subscription over to someone active, or remove it.", relation: subscription.Email);
        }
    }
}
