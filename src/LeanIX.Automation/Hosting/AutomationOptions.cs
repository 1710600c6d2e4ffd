using LeanIX.Client.Webhooks;

namespace LeanIX.Automation.Hosting;

/// <summary>
/// The host's settings, section <c>Automation</c> of appsettings.json, environment (<c>Automation__Webhook__Password</c>)
/// or command line (<c>--Automation:DatabasePath=...</c>). Secrets (<see cref="LeanIXOptions.ApiToken"/>,
/// <see cref="WebhookOptions.Password"/>, <see cref="SmtpOptions.Password"/>) belong in user secrets or the environment.
/// </summary>
public sealed class AutomationOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Automation";

    /// <summary>The SQLite file of the inbox, the automations, the run history and the initial syncs.</summary>
    public string DatabasePath { get; set; } = "automation.db";

    /// <summary>Where the workspace is.</summary>
    public LeanIXOptions LeanIX { get; set; } = new();

    /// <summary>How events arrive.</summary>
    public WebhookOptions Webhook { get; set; } = new();

    /// <summary>How events are processed.</summary>
    public ProcessingOptions Processing { get; set; } = new();

    /// <summary>Where mails go.</summary>
    public SmtpOptions Smtp { get; set; } = new();
}

/// <summary>The workspace to connect to, as the client connects: a token only (and a host), or a named workspace.</summary>
public sealed class LeanIXOptions
{
    /// <summary>The API token; falls back to <c>LEANIX_API_TOKEN</c>. Without any, the embedded demo workspace starts. A secret.</summary>
    public string? ApiToken { get; set; }

    /// <summary>The instance host; falls back to <c>LEANIX_HOST</c>, then <c>app.leanix.net</c>.</summary>
    public string? Host { get; set; }

    /// <summary>A workspace from the client's workspace configuration file, instead of a token.</summary>
    public string? Workspace { get; set; }

    /// <summary>Start the embedded demo workspace even when a token is set in the environment.</summary>
    public bool Demo { get; set; }

    /// <summary>The demo workspace's seed when no token is set.</summary>
    public string DemoSeed { get; set; } = "demo";
}

/// <summary>The host's own webhook subscription and its PUSH endpoint.</summary>
public sealed class WebhookOptions
{
    /// <summary>PUSH (the workspace posts to <see cref="Path"/>) or PULL (a background poller reads).</summary>
    public WebhookDeliveryType DeliveryType { get; set; } = WebhookDeliveryType.Push;

    /// <summary>Whether the host registers (or updates) its own subscription at start-up. Always on for the demo workspace.</summary>
    public bool RegisterSubscription { get; set; }

    /// <summary>The subscription's identifier (webhooks.md §1: the idempotency key of a registration).</summary>
    public string Identifier { get; set; } = "LeanIX Automation Platform";

    /// <summary>The PUSH endpoint's path.</summary>
    public string Path { get; set; } = "/webhooks/leanix";

    /// <summary>The host's address as the workspace reaches it, e.g. <c>https://automation.example.com</c>; default: the server's first address.</summary>
    public string? PublicUrl { get; set; }

    /// <summary>The basic-auth user PUSH deliveries must carry.</summary>
    public string User { get; set; } = "leanix";

    /// <summary>The basic-auth password PUSH deliveries must carry; generated at start-up when empty. A secret.</summary>
    public string? Password { get; set; }

    /// <summary>The largest PUSH body accepted (413 beyond).</summary>
    public long MaxBodyBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>The PULL long-poll in seconds.</summary>
    public int PullTimeoutSeconds { get; set; } = 5;

    /// <summary>An existing PULL subscription to read, when the host does not register its own.</summary>
    public Guid? PullSubscriptionId { get; set; }
}

/// <summary>Workers, leases and retries.</summary>
public sealed class ProcessingOptions
{
    /// <summary>Concurrent workers; 0 makes an intake-only instance (another instance on the same database processes).</summary>
    public int Workers { get; set; } = 2;

    /// <summary>Events of one batch processed side by side (they are about different fact sheets).</summary>
    public int Parallelism { get; set; } = 8;

    /// <summary>
    /// This host's name in leases (default: the machine name). A restarted instance takes back its own claims at once;
    /// hosts sharing one database need distinct ids.
    /// </summary>
    public string? InstanceId { get; set; }

    /// <summary>The <see cref="InstanceId"/>, or the machine name without one: the prefix of this instance's leases and mails.</summary>
    public string InstanceName => string.IsNullOrWhiteSpace(InstanceId) ? Environment.MachineName : InstanceId;

    /// <summary>Events a worker claims at once.</summary>
    public int BatchSize { get; set; } = 32;

    /// <summary>How long a claim holds before another worker (or host) may take the event over.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Tries before an event goes to the dead letters.</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>The first retry's delay; each further one doubles, up to <see cref="MaxBackoff"/>.</summary>
    public TimeSpan Backoff { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The longest retry delay.</summary>
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long an idle worker waits before looking again (intake also wakes it).</summary>
    public TimeSpan IdleDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Whether every run writes a Sync Logging entry in the workspace (topic <c>LeanIX Automation Platform</c>).</summary>
    public bool WriteSyncLog { get; set; } = true;
}

/// <summary>The SMTP server automation mails go to.</summary>
public sealed class SmtpOptions
{
    /// <summary>The server; without one, mails are logged as not sent and the handler's run fails.</summary>
    public string? Host { get; set; }

    /// <summary>The port.</summary>
    public int Port { get; set; } = 25;

    /// <summary>Whether to require STARTTLS.</summary>
    public bool StartTls { get; set; }

    /// <summary>The sender address.</summary>
    public string From { get; set; } = "leanix-automation@localhost";

    /// <summary>The login user, or null for none.</summary>
    public string? User { get; set; }

    /// <summary>The login password. A secret.</summary>
    public string? Password { get; set; }
}
