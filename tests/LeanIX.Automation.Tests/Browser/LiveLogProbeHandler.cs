using LeanIX.Automation.Handlers;
using LeanIX.Client;
using LeanIX.Client.Events;
using Microsoft.Extensions.Logging;
using EventHandler = LeanIX.Automation.Handlers.EventHandler;

namespace LeanIX.Automation.Tests.Browser;

/// <summary>
/// A user handler registered in one line, as the README shows: it writes a line per fact sheet to the live log, and
/// once a line with markup that the menu must show as text.
/// </summary>
internal sealed class LiveLogProbeHandler : EventHandler
{
    public const string HandlerName = "FactSheetCensus";

    /// <summary>Markup every line carries; the page must show it as text and never build an element from it.</summary>
    public const string Markup = "<img src=x onerror=alert(1)>";

    public override string Name => HandlerName;

    public override string Description => "Writes one line per fact sheet to the log (a census of the workspace).";

    public override bool SupportsInitialSync => true;

    private int _markupWritten;

    public override Task HandleAsync(LeanIXEvent leanIXEvent, FactSheet? factSheet, HandlerContext context, CancellationToken cancellationToken)
    {
        // Once per host (the first line of the test's sync, scrolled away by the time of the screenshot).
        if (Interlocked.Exchange(ref _markupWritten, 1) == 0)
            context.Log.LogWarning("Markup in a log line stays text: {Markup}", Markup);
        context.Log.LogInformation("Counted {Type} {Name}", factSheet?.Type, factSheet?.Name);
        return Task.CompletedTask;
    }
}
