using System.Text.Json.Nodes;
using LeanIX.Automation.Automations;
using LeanIX.Automation.Mail;
using LeanIX.Client;

namespace LeanIX.Automation.Handlers;

/// <summary>What a handler gets besides the event: the client, its automation's configuration, a log, the mailer.</summary>
public sealed class HandlerContext
{
    private readonly List<AutomationAction> _actions = [];

    internal HandlerContext(LeanIXClient client, AutomationDefinition automation, ILogger log, IAutomationMailer mailer, WorkspaceLinks links, string idempotencyKey)
    {
        Client = client;
        Automation = automation;
        Configuration = automation.Configuration;
        Log = log;
        Mailer = mailer;
        Links = links;
        IdempotencyKey = idempotencyKey;
    }

    /// <summary>The client connected to the workspace.</summary>
    public LeanIXClient Client { get; }

    /// <summary>The automation being run.</summary>
    public AutomationDefinition Automation { get; }

    /// <summary>The automation's configuration (validated against the handler's template).</summary>
    public JsonObject Configuration { get; }

    /// <summary>A logger whose lines go to the run history, the live log of an initial sync, and the host's log.</summary>
    public ILogger Log { get; }

    /// <summary>Sends mail through the configured SMTP server; a mail is sent once per event and automation.</summary>
    public IAutomationMailer Mailer { get; }

    /// <summary>Links into the workspace for mails.</summary>
    public WorkspaceLinks Links { get; }

    /// <summary><c>{event}:{automation}</c>: unique per event and automation, stable across retries.</summary>
    public string IdempotencyKey { get; }

    /// <summary>The actions recorded so far; each becomes an item of the run's sync log entry.</summary>
    public IReadOnlyList<AutomationAction> Actions => _actions;

    /// <summary>Records an action for the sync log (an item per action, admin.md §2).</summary>
    public void RecordAction(AutomationAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        lock (_actions) _actions.Add(action);
    }
}
