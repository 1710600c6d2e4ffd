using System.Net.Http.Headers;

namespace LeanIX.Client;

/// <summary>What a raw request (<see cref="LeanIXConnection.RequestAsync(string, HttpMethod, System.Text.Json.Nodes.JsonNode?, IReadOnlyDictionary{string, string?}?, RestRequestOptions, CancellationToken)"/>) adds to path, method, body and query.</summary>
public sealed class RestRequestOptions
{
    /// <summary>
    /// Extra request headers (e.g. <c>Accept</c>, <c>X-Request-Id</c>). <c>Authorization</c> is the connection's and cannot be
    /// set here; the values never reach an error message.
    /// </summary>
    public IReadOnlyDictionary<string, string>? Headers { get; init; }

    /// <summary>
    /// Follow a list answer to its next pages, at most this many pages in all (null: only the page asked for). Cursor lists
    /// (<c>endCursor</c>/<c>cursor</c> in the envelope) continue with <c>cursor=</c>, page/size lists with the next <c>page</c>
    /// while fewer than <c>total</c> items arrived; the pages' <c>data</c> arrays are joined into the first page's envelope.
    /// </summary>
    public int? MaxPages { get; init; }
}

/// <summary>One part of a multipart/form-data upload (<see cref="LeanIXConnection.UploadAsync"/>).</summary>
/// <param name="Name">The form field name, e.g. <c>file</c>.</param>
/// <param name="Content">The bytes (kept, so the request can be sent again after a token renewal).</param>
/// <param name="FileName">The file name of a file part; null for a plain field.</param>
/// <param name="MediaType">The part's media type; default <c>application/octet-stream</c> for files, <c>text/plain</c> otherwise.</param>
public sealed record MultipartPart(string Name, ReadOnlyMemory<byte> Content, string? FileName = null, string? MediaType = null)
{
    /// <summary>A plain text field.</summary>
    public static MultipartPart Text(string name, string value, string mediaType = "text/plain") =>
        new(name, System.Text.Encoding.UTF8.GetBytes(value), null, mediaType);

    /// <summary>A file field.</summary>
    public static MultipartPart File(string name, string fileName, ReadOnlyMemory<byte> content, string? mediaType = null) =>
        new(name, content, fileName, mediaType ?? "application/octet-stream");

    internal HttpContent ToContent()
    {
        var content = new ReadOnlyMemoryContent(Content);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(MediaType ?? (FileName is null ? "text/plain" : "application/octet-stream"));
        return content;
    }
}

/// <summary>What a streamed download wrote (<see cref="LeanIXConnection.DownloadAsync"/>).</summary>
/// <param name="FileName">The file name of the answer's <c>Content-Disposition</c>, if any.</param>
/// <param name="MediaType">The answer's media type, if any.</param>
/// <param name="Length">How many bytes were written.</param>
public sealed record RestDownload(string? FileName, string? MediaType, long Length);

/// <summary>The parts of a raw request the JSON calls do not have.</summary>
internal sealed record RawParts(HttpContent? Content, IReadOnlyDictionary<string, string>? Headers, bool Streamed);
