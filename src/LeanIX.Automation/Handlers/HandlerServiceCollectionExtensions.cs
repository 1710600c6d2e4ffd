using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LeanIX.Automation.Handlers;

/// <summary>Registers handlers.</summary>
public static class HandlerServiceCollectionExtensions
{
    /// <summary>Registers a handler (a singleton) so automations can use it by its <see cref="EventHandler.Name"/>.</summary>
    public static IServiceCollection AddAutomationHandler<THandler>(this IServiceCollection services) where THandler : EventHandler
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<EventHandler, THandler>());
        return services;
    }
}
