using LeanIX.Automation.Handlers;
using LeanIX.Client;
using LeanIX.Client.Events;
using EventHandler = LeanIX.Automation.Handlers.EventHandler;

namespace LeanIX.Automation.Tests.Browser;

/// <summary>A handler that fails (with markup in its error) until a test lets it succeed: it fills the dead letters.</summary>
internal sealed class SwitchableFailureHandler : EventHandler
{
    public const string HandlerName = "DownstreamSync";

    public const string Failure = "<b>downstream</b> is down";

    public volatile bool Failing = true;

    public int Successes;

    public override string Name => HandlerName;

    public override string Description => "Fails while the downstream system is down.";

    public override IReadOnlyList<string> Conditions => [nameof(FactSheetUpdatedEvent)];

    public override bool ResolvesFactSheet => false;

    public override Task HandleAsync(LeanIXEvent leanIXEvent, FactSheet? factSheet, HandlerContext context, CancellationToken cancellationToken)
    {
        if (Failing) throw new InvalidOperationException(Failure);
        Interlocked.Increment(ref Successes);
        return Task.CompletedTask;
    }
}
