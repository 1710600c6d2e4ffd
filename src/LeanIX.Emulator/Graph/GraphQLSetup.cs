namespace LeanIX.Emulator.Graph;

// STUB: owned by the GraphQL helper.
public static class GraphQLSetup
{
    public static IServiceCollection AddEmulatorGraphQL(this IServiceCollection services) => services;
    public static WebApplication MapGraphQLEndpoint(this WebApplication app) => app;
}
