using LeanIX.Automation.Automations;
using LeanIX.Automation.Handlers;
using LeanIX.Automation.Handlers.BuiltIn;

namespace LeanIX.Automation.Hosting;

/// <summary>
/// On the embedded demo workspace with an empty automation store, adds one automation per built-in handler so a
/// newcomer sees them: the field link (mission-critical applications → the user group "Acme Holding SE") enabled, the
/// others disabled with their templates as configuration.
/// </summary>
internal sealed partial class DemoAutomations(WorkspaceConnection workspace, IAutomationStore store, HandlerRegistry handlers, ILogger<DemoAutomations> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await workspace.WhenConnectedAsync(stoppingToken).ConfigureAwait(false);
            if (workspace.Demo is null || (await store.ListAsync(stoppingToken).ConfigureAwait(false)).Count > 0) return;
            foreach (var handler in handlers.All)
            {
                var configuration = handler.ConfigTemplate;
                var enabled = handler is LinkFactSheetByFieldHandler;
                if (enabled) configuration["mapping"] = new System.Text.Json.Nodes.JsonObject { ["missionCritical"] = "Acme Holding SE" };
                await store.SaveAsync(new AutomationDefinition
                {
                    Name = handler.Name + " (demo)", HandlerName = handler.Name, ConfigurationJson = configuration.ToJsonString(), Enabled = enabled
                }, stoppingToken).ConfigureAwait(false);
            }
            LogSeeded(logger, handlers.All.Count);
        }
        catch (OperationCanceledException) { }
        catch (Exception e) when (e is AutomationConfigurationException or InvalidOperationException)
        {
            LogFailed(logger, e.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo workspace: added {Count} example automations (the field link enabled)")]
    private static partial void LogSeeded(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Demo workspace: adding example automations failed: {Reason}")]
    private static partial void LogFailed(ILogger logger, string reason);
}
