using System.Text.Json;
using System.Text.Json.Nodes;
using LeanIX.Automation.Automations;
using LeanIX.Automation.Handlers;
using LeanIX.Automation.InitialSync;
using LeanIX.Automation.Runs;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using EventHandler = LeanIX.Automation.Handlers.EventHandler;

namespace LeanIX.Automation.Web.Pages;

/// <summary>
/// One automation: enable or disable it, edit its configuration (validated against the handler's template, the wrong
/// key named), start or cancel its initial sync and watch the live log, see its last runs.
/// </summary>
public sealed class AutomationModel(IAutomationStore store, HandlerRegistry handlers, InitialSyncService sync, IRunHistory runs) : PageModel
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>The automation shown.</summary>
    public AutomationDefinition Automation { get; private set; } = null!;

    /// <summary>Its handler, or null when none is registered under its name.</summary>
    public EventHandler? Handler { get; private set; }

    /// <summary>The configuration in the editor: the stored one, or what was posted when it was refused.</summary>
    public string ConfigurationJson { get; private set; } = "";

    /// <summary>The handler's template, indented.</summary>
    public string TemplateJson { get; private set; } = "";

    /// <summary>Why the posted configuration was refused (naming the key), or null.</summary>
    public string? ConfigurationError { get; private set; }

    /// <summary>Whether the configuration was just saved.</summary>
    public bool Saved { get; private set; }

    /// <summary>Why an initial sync could not start, or null.</summary>
    public string? SyncError { get; private set; }

    /// <summary>The latest initial sync, or null.</summary>
    public InitialSyncStatus? SyncStatus { get; private set; }

    /// <summary>Its last runs.</summary>
    public IReadOnlyList<AutomationRun> Runs { get; private set; } = [];

    /// <summary>Its last runs for the runs table (all of them this automation's, which has a page).</summary>
    public RunList RunList => new(Runs, new HashSet<string>(StringComparer.Ordinal) { Automation.Id! });

    /// <summary>The page's path.</summary>
    public static string PathFor(string automationId) => $"/automations/{Uri.EscapeDataString(automationId)}";

    /// <summary>Shows the automation.</summary>
    public async Task<IActionResult> OnGetAsync(string id, bool saved, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken).ConfigureAwait(false)) return NotFound();
        Saved = saved;
        return Page();
    }

    /// <summary>Enables it.</summary>
    public Task<IActionResult> OnPostEnableAsync(string id, CancellationToken cancellationToken) => SetEnabledAsync(id, true, cancellationToken);

    /// <summary>Disables it.</summary>
    public Task<IActionResult> OnPostDisableAsync(string id, CancellationToken cancellationToken) => SetEnabledAsync(id, false, cancellationToken);

    /// <summary>Saves a new configuration, or shows it again with the store's message naming the wrong key.</summary>
    public async Task<IActionResult> OnPostConfigureAsync(string id, string? configurationJson, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken).ConfigureAwait(false)) return NotFound();
        try
        {
            await store.SaveAsync(Automation with { ConfigurationJson = configurationJson ?? "" }, cancellationToken).ConfigureAwait(false);
        }
        catch (AutomationConfigurationException e)
        {
            ConfigurationJson = configurationJson ?? "";
            ConfigurationError = e.Key is null || e.Message.Contains($"'{e.Key}'", StringComparison.Ordinal) ? e.Message : $"{e.Key}: {e.Message}";
            return Page();
        }
        return LocalRedirect(PathFor(id) + "?saved=true");
    }

    /// <summary>Starts an initial sync and comes back to watch its live log.</summary>
    public async Task<IActionResult> OnPostStartSyncAsync(string id, CancellationToken cancellationToken)
    {
        try
        {
            await sync.StartAsync(id, cancellationToken).ConfigureAwait(false);
        }
        catch (KeyNotFoundException)
        {
            return NotFound();
        }
        catch (InvalidOperationException e)
        {
            if (!await LoadAsync(id, cancellationToken).ConfigureAwait(false)) return NotFound();
            SyncError = e.Message;
            return Page();
        }
        return LocalRedirect(PathFor(id) + "#initial-sync");
    }

    /// <summary>Cancels the running initial sync.</summary>
    public async Task<IActionResult> OnPostCancelSyncAsync(string id, CancellationToken cancellationToken)
    {
        await sync.CancelAsync(id, cancellationToken).ConfigureAwait(false);
        return LocalRedirect(PathFor(id) + "#initial-sync");
    }

    private async Task<IActionResult> SetEnabledAsync(string id, bool enabled, CancellationToken cancellationToken) =>
        await store.SetEnabledAsync(id, enabled, cancellationToken).ConfigureAwait(false) ? LocalRedirect(PathFor(id)) : NotFound();

    private async Task<bool> LoadAsync(string id, CancellationToken cancellationToken)
    {
        var automation = await store.GetAsync(id, cancellationToken).ConfigureAwait(false);
        if (automation is null) return false;
        Automation = automation;
        Handler = handlers.Find(automation.HandlerName);
        ConfigurationJson = Indent(automation.Configuration);
        TemplateJson = Handler is null ? "" : Indent(Handler.ConfigTemplate);
        SyncStatus = Handler?.SupportsInitialSync == true ? await sync.GetStatusAsync(id, cancellationToken).ConfigureAwait(false) : null;
        Runs = await runs.LastRunsAsync(IndexModel.RunsShown, id, cancellationToken).ConfigureAwait(false);
        return true;
    }

    private static string Indent(JsonObject json) => json.ToJsonString(Indented);
}
