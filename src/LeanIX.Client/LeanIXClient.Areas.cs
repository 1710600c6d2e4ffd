namespace LeanIX.Client;

public sealed partial class LeanIXClient
{
    private TagsClient? _tagsClient;
    private SubscriptionRolesClient? _rolesClient;
    private UsersClient? _usersClient;
    private Webhooks.WebhooksClient? _webhooksClient;

    /// <summary>Tag groups and tags.</summary>
    public TagsClient Tags => _tagsClient ??= new TagsClient(this);

    /// <summary>Subscription roles.</summary>
    public SubscriptionRolesClient SubscriptionRoles => _rolesClient ??= new SubscriptionRolesClient(this);

    /// <summary>Workspace users (MTM).</summary>
    public UsersClient Users => _usersClient ??= new UsersClient(this);

    /// <summary>Webhook subscriptions, PULL batches and delivery logs (<c>/services/webhooks/v1</c>).</summary>
    public Webhooks.WebhooksClient Webhooks => _webhooksClient ??= new Webhooks.WebhooksClient(this);
}
