using LeanIX.Automation.Handlers;
using LeanIX.Client;
using LeanIX.Client.Events;
using EventHandler = LeanIX.Automation.Handlers.EventHandler;

namespace LeanIX.Automation.Tests;

public sealed class HandlerRegistryTests
{
    private sealed class First : EventHandler
    {
        public override string Description => "first";
        public override IReadOnlyList<string> Conditions => ["FactSheetCreatedEvent"];
        public override Task HandleAsync(LeanIXEvent e, FactSheet? factSheet, HandlerContext context, CancellationToken ct) => Task.CompletedTask;
    }

    private sealed class Impostor : EventHandler
    {
        public override string Name => "First";
        public override string Description => "same name";
        public override Task HandleAsync(LeanIXEvent e, FactSheet? factSheet, HandlerContext context, CancellationToken ct) => Task.CompletedTask;
    }

    [Fact]
    public void A_handler_registered_in_one_line_is_found_by_name_and_its_template_starts_with_fs_types()
    {
        var services = new ServiceCollection().AddAutomationHandler<First>().AddAutomationHandler<First>().AddSingleton<HandlerRegistry>();
        var registry = services.BuildServiceProvider().GetRequiredService<HandlerRegistry>();
        var handler = Assert.Single(registry.All);
        Assert.Same(handler, registry.Find("First"));
        Assert.Equal("fs_types", handler.ConfigTemplate.First().Key);
        Assert.True(handler.ReactsTo("FactSheetCreatedEvent"));
        Assert.False(handler.ReactsTo("FactSheetUpdatedEvent"));
    }

    [Fact]
    public void Two_handlers_with_one_name_are_refused()
    {
        var e = Assert.Throws<InvalidOperationException>(() => new HandlerRegistry([new First(), new Impostor()]));
        Assert.Contains("'First'", e.Message);
    }
}
