namespace LeanIX.Quality.Tests.Infrastructure;

/// <summary>Counts the HTTP requests a client sends (through a real handler in its pipeline), by path.</summary>
public sealed class RequestCounter
{
    private readonly List<string> _requests = [];

    public int Count { get { lock (_requests) return _requests.Count; } }

    public IReadOnlyList<string> Requests { get { lock (_requests) return _requests.ToList(); } }

    public void Reset() { lock (_requests) _requests.Clear(); }

    internal void Add(HttpRequestMessage request) { lock (_requests) _requests.Add($"{request.Method} {request.RequestUri?.AbsolutePath}"); }

    /// <summary>The handler put into every client's pipeline; one instance per pipeline, one counter for all.</summary>
    public sealed class Handler(RequestCounter counter) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            counter.Add(request);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
