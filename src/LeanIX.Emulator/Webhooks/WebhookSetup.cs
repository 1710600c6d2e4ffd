namespace LeanIX.Emulator.Webhooks;

/// <summary>One-line registration of the webhooks service (EmulatorApp).</summary>
public static class WebhookSetup
{
    public static IServiceCollection AddEmulatorWebhooks(this IServiceCollection services)
    {
        services.AddSingleton<WebhookService>();
        services.AddHostedService<PushDispatcher>();
        return services;
    }
}
