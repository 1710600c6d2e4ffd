using System.Net.Http.Headers;
using System.Text.Json.Nodes;

namespace LeanIX.Client;

// File uploads: the discovery services take multipart/form-data (admin.md §12.2, §12.3).
public sealed partial class LeanIXConnection
{
    /// <summary>
    /// Sends one file as the part <paramref name="partName"/> of a multipart/form-data request and returns the parsed JSON
    /// answer (null for an empty body). Not retried: an upload is not idempotent.
    /// </summary>
    internal async Task<JsonNode?> UploadAsync(HttpMethod method, string path, string partName, string fileName, byte[] file, string contentType,
        CancellationToken cancellationToken)
    {
        var ws = await GetWorkspaceAsync(cancellationToken).ConfigureAwait(false);
        var uri = InstanceUrls.Resolve(ws.InstanceUrl, path, QueryString(null));
        var part = new ByteArrayContent(file);
        part.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        var form = new MultipartFormDataContent { { part, partName, fileName } };
        var operation = Describe(method, path);
        var bytes = await SendAsync(method, uri, null, idempotent: false, operation, static (content, ct) => content.ReadAsByteArrayAsync(ct),
            cancellationToken, null, form).ConfigureAwait(false);
        return bytes.Length == 0 ? null : ParseNode(bytes, operation, RedactorFor(null));
    }
}
