namespace LeanIX.Emulator.Store;

/// <summary>
/// Many readers or one writer, awaitable. Reads of the in-memory state are safe in parallel as long
/// as nothing writes (its collections are only read then), so queries need not queue behind each other.
/// </summary>
public sealed class AsyncReaderWriterLock
{
    private readonly SemaphoreSlim _writer = new(1, 1);
    private readonly SemaphoreSlim _readerCount = new(1, 1);
    private int _readers;

    /// <summary>Exclusive access.</summary>
    public async Task<IDisposable> WriteAsync(CancellationToken cancellationToken = default)
    {
        await _writer.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new Releaser(() => _writer.Release());
    }

    /// <summary>Shared access: the first reader in keeps writers out until the last one leaves.</summary>
    public async Task<IDisposable> ReadAsync(CancellationToken cancellationToken = default)
    {
        await _readerCount.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_readers == 0) await _writer.WaitAsync(cancellationToken).ConfigureAwait(false);
            _readers++;
        }
        finally
        {
            _readerCount.Release();
        }
        return new Releaser(ReleaseRead);
    }

    private void ReleaseRead()
    {
        _readerCount.Wait();
        try
        {
            if (--_readers == 0) _writer.Release();
        }
        finally
        {
            _readerCount.Release();
        }
    }

    private sealed class Releaser(Action release) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0) release();
        }
    }
}
