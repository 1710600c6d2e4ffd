namespace LeanIX.Client.Webhooks;

/// <summary>
/// Values of <see cref="WebhookSubscription.Visibility"/>: who sees the subscription in the admin UI (issue 5 lists
/// workspace and private visibility). webhooks.md documents no wire values, so these are plain strings, not an enum,
/// and other values read back unchanged.
/// </summary>
public static class WebhookVisibility
{
    /// <summary>Visible to every admin of the workspace.</summary>
    public const string Workspace = "WORKSPACE";

    /// <summary>Visible to its managing user only.</summary>
    public const string Private = "PRIVATE";
}
