namespace LeanIX.Bench;

/// <summary>
/// Counts requests and response bytes on the client's pipeline. Bytes are counted as the client reads them
/// through a wrapping stream, so the counter never buffers a response a second time (a buffered copy would
/// inflate the preload's measured peak memory).
/// </summary>
internal sealed class TrafficCounter : DelegatingHandler
{
    private long _requests;
    private long _bytes;

    public long Requests => Interlocked.Read(ref _requests);
    public long Bytes => Interlocked.Read(ref _bytes);

    internal void AddBytes(long count) => Interlocked.Add(ref _bytes, count);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _requests);
        var response = await base.SendAsync(request, cancellationToken);
        response.Content = new CountingContent(response.Content, this);
        return response;
    }
}
