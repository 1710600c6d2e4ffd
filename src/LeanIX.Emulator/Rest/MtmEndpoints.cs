namespace LeanIX.Emulator.Rest;

// STUB: owned by the auth/REST helper.
public static class MtmEndpoints
{
    public static WebApplication MapMtmEndpoints(this WebApplication app) => app;
}
