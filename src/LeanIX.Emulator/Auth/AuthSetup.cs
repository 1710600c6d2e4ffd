namespace LeanIX.Emulator.Auth;

public static class AuthSetup
{
    public static IServiceCollection AddEmulatorAuth(this IServiceCollection services)
    {
        services.AddSingleton<SigningKey>();
        services.AddSingleton<AccessTokenService>();
        return services;
    }

    public static WebApplication UseBearerAuthentication(this WebApplication app)
    {
        app.UseMiddleware<BearerAuthenticationMiddleware>();
        return app;
    }

    public static WebApplication MapAuthEndpoints(this WebApplication app)
    {
        app.MapPost(TokenEndpoint.Path, TokenEndpoint.HandleAsync);
        return app;
    }
}
