namespace LeanIX.Emulator.Rest;

// STUB: owned by the auth/REST helper.
public static class DataModelEndpoints
{
    public static WebApplication MapDataModelEndpoints(this WebApplication app) => app;
}
