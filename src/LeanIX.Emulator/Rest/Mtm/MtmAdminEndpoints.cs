namespace LeanIX.Emulator.Rest.Mtm;

/// <summary>The MTM administration routes of admin.md §9 beyond the reads of <see cref="MtmEndpoints"/>: technical users, invitations, contacts.</summary>
public static class MtmAdminEndpoints
{
    private const string Base = MtmEndpoints.Base;

    public static WebApplication MapMtmAdminEndpoints(this WebApplication app)
    {
        app.MapGet(Base + "/technicalusers", (Func<HttpContext, Task<IResult>>)TechnicalUsers.ListAsync); // a bare RequestDelegate would drop the IResult
        app.MapPost(Base + "/technicalusers", (Func<HttpContext, Task<IResult>>)TechnicalUsers.CreateAsync);
        app.MapGet(Base + "/technicalusers/{id}", TechnicalUsers.GetAsync);
        app.MapGet(Base + "/technicalusers/{id}/changelog", TechnicalUsers.ChangelogAsync);
        app.MapPost(Base + "/idm/invite", (Func<HttpContext, Task<IResult>>)(c => Invitations.InviteAsync(c, BaseUrl(c))));
        app.MapPost(Base + "/users", (Func<HttpContext, Task<IResult>>)(c => Invitations.CreateUserAsync(c, BaseUrl(c))));
        return app;
    }

    private static string BaseUrl(HttpContext context) => $"{context.Request.Scheme}://{context.Request.Host}";
}
