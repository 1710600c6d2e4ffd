using LeanIX.Emulator.Auth;
using LeanIX.Emulator.Domain;

namespace LeanIX.Emulator.Rest.Downloads;

/// <summary>
/// <c>GET /services/pathfinder/v1/documents/{documentId}/download</c> (admin.md §11.1): the file of a document uploaded through
/// <c>/graphql/upload</c>, with its media type and <c>Content-Disposition: attachment</c>. A link document has no file (D68: 404).
/// </summary>
public static class DocumentDownloadEndpoints
{
    private const string Route = "/services/pathfinder/v1/documents/{id}/download";

    public static WebApplication MapDocumentDownloadEndpoints(this WebApplication app)
    {
        ServiceRoutes.Map(app, "GET", Route, writes: false, "documents", DownloadAsync);
        return app;
    }

    private static async Task<IResult> DownloadAsync(HttpContext context)
    {
        var id = ServiceRoutes.Route(context);
        var workspace = context.Principal().Workspace;
        using (await workspace.ReadLockAsync(context.RequestAborted))
        {
            var view = workspace.State;
            if (!Guid.TryParse(id, out var documentId) || view.Documents.Get(documentId) is null)
                throw new NotFoundException($"Document '{id}' does not exist.", id);
            var file = view.Source<DocumentFile>().Get(documentId) ?? throw new NotFoundException("Document has no file content", id);
            return Results.File(file.Content, file.MediaType, file.FileName);
        }
    }
}
