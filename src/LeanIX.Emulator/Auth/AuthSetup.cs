namespace LeanIX.Emulator.Auth;

// STUB: owned by the auth helper; replaced with the real token service, middleware and endpoints.
public static class AuthSetup
{
    public static IServiceCollection AddEmulatorAuth(this IServiceCollection services) => services;
    public static WebApplication UseBearerAuthentication(this WebApplication app) => app;
    public static WebApplication MapAuthEndpoints(this WebApplication app) => app;
}
