namespace LeanIX.Client;

/// <summary>
/// A gate for at most <see cref="Limit"/> concurrent requests, with the limit adapting the way TCP does:
/// halved when the service pushes back (a 429 or a 5xx that survived the pipeline's retries), grown by one
/// after about <see cref="Limit"/> successes otherwise (by one per success before the first push-back). The client's rate limiter still paces every request;
/// this only keeps a parallel preload from piling more in flight than the service copes with.
/// </summary>
internal sealed class AdaptiveConcurrency(int initial, int max)
{
    private readonly Lock _lock = new();
    private readonly Queue<TaskCompletionSource> _waiting = new();
    private readonly Queue<TaskCompletionSource> _waitingFirst = new();
    private double _limit = Math.Clamp(initial, 1, max);
    private int _inFlight;
    private bool _pushedBack;

    /// <summary>The current concurrency limit.</summary>
    public int Limit
    {
        get { lock (_lock) return (int)_limit; }
    }

    /// <summary>Waits for a slot behind those already waiting; dispose the result to give it back.</summary>
    public ValueTask<IDisposable> EnterAsync(CancellationToken cancellationToken) => EnterAsync(first: false, cancellationToken);

    /// <summary>
    /// Waits for a slot; dispose the result to give it back. With <paramref name="first"/> the request goes ahead of
    /// those waiting without it: a small request that unlocks more work (a preload's id listing) should not queue
    /// behind the large ones it would feed.
    /// </summary>
    public async ValueTask<IDisposable> EnterAsync(bool first, CancellationToken cancellationToken)
    {
        TaskCompletionSource waiter;
        lock (_lock)
        {
            if (_inFlight < (int)_limit && _waiting.Count == 0 && _waitingFirst.Count == 0)
            {
                _inFlight++;
                return new Slot(this);
            }
            waiter = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            (first ? _waitingFirst : _waiting).Enqueue(waiter);
        }
        // A cancelled waiter stays queued but completed; Release skips it without counting it.
        await using (cancellationToken.Register(() => waiter.TrySetCanceled(cancellationToken)).ConfigureAwait(false))
            await waiter.Task.ConfigureAwait(false);
        return new Slot(this);
    }

    /// <summary>
    /// A request went through. Until the first push-back the limit grows by one per success (TCP's slow start: it doubles
    /// with every round of requests, so a preload reaches what the rate limit allows within a few pages instead of
    /// dozens); after one, by one per <see cref="Limit"/> successes (additive increase).
    /// </summary>
    public void Succeeded()
    {
        lock (_lock)
        {
            _limit = Math.Min(max, _limit + (_pushedBack ? 1 / _limit : 1));
            WakeLocked();
        }
    }

    /// <summary>The service pushed back: halve (multiplicative decrease), never below one.</summary>
    public void Throttled()
    {
        lock (_lock)
        {
            _limit = Math.Max(1, _limit / 2);
            _pushedBack = true;
        }
    }

    private void Release()
    {
        lock (_lock)
        {
            _inFlight--;
            WakeLocked();
        }
    }

    private void WakeLocked()
    {
        while (_inFlight < (int)_limit && (_waitingFirst.TryDequeue(out var next) || _waiting.TryDequeue(out next)))
            if (next.TrySetResult()) _inFlight++;
    }

    private sealed class Slot(AdaptiveConcurrency owner) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0) owner.Release();
        }
    }
}
