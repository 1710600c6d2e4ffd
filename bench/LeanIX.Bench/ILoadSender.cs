using System.Net;

namespace LeanIX.Bench;

/// <summary>Sends a closed-loop load of POST requests: each concurrent client its next request once the previous is answered.</summary>
internal interface ILoadSender : IAsyncDisposable
{
    /// <summary>The requests for <paramref name="bodies"/> on <paramref name="path"/>, prepared before the clock starts.</summary>
    object[] Encode(string path, byte[][] bodies);

    /// <summary>Sends <paramref name="requests"/>; records each answer's time (ms) and status by index.</summary>
    Task RunAsync(object[] requests, double[] latencies, HttpStatusCode[] statuses);
}
