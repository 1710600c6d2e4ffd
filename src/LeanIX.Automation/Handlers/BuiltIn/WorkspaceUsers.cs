using LeanIX.Client;

namespace LeanIX.Automation.Handlers.BuiltIn;

/// <summary>Finds users by id through the client, reloading the user list once when a new user is not in it yet.</summary>
internal static class WorkspaceUsers
{
    public static async Task<WorkspaceUser?> FindAsync(LeanIXClient client, Guid? id, CancellationToken cancellationToken)
    {
        if (id is not { } userId || userId == Guid.Empty) return null;
        var user = await client.Users.FindByIdAsync(userId, cancellationToken).ConfigureAwait(false);
        if (user is not null) return user;
        client.Users.Reload();
        return await client.Users.FindByIdAsync(userId, cancellationToken).ConfigureAwait(false);
    }
}
