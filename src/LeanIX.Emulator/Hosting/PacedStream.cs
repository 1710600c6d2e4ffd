namespace LeanIX.Emulator.Hosting;

/// <summary>
/// A write-only stream that releases bytes to <paramref name="inner"/> no faster than
/// <paramref name="bytesPerSecond"/>, counted from construction: before each chunk it waits until the
/// bytes written so far plus the chunk fit in rate × elapsed. Chunks are small so the pace is smooth
/// rather than one long pause at the end (a client sees the body trickle in, as from a remote service).
/// </summary>
public sealed class PacedStream(Stream inner, long bytesPerSecond, TimeProvider clock) : Stream
{
    /// <summary>Small enough to keep the pace smooth, large enough that a delay per chunk is cheap (≈ 4 ms at 4000 KB/s).</summary>
    public const int ChunkBytes = 16 * 1024;

    private readonly long _start = clock.GetTimestamp();
    private long _written;

    /// <summary>Bytes released so far.</summary>
    public long BytesWritten => _written;

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        while (!buffer.IsEmpty)
        {
            var chunk = buffer[..Math.Min(ChunkBytes, buffer.Length)];
            var due = TimeSpan.FromSeconds((double)(_written + chunk.Length) / bytesPerSecond);
            var wait = due - clock.GetElapsedTime(_start);
            if (wait > TimeSpan.Zero) await Task.Delay(wait, clock, cancellationToken).ConfigureAwait(false);
            await inner.WriteAsync(chunk, cancellationToken).ConfigureAwait(false);
            _written += chunk.Length;
            buffer = buffer[chunk.Length..];
        }
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    // Synchronous writes would block a pool thread for the whole delay; Kestrel disallows them anyway.
    /// <summary>Pacing waits, so only asynchronous writes are served; Kestrel refuses synchronous ones on a response body too.</summary>
    public override void Write(byte[] buffer, int offset, int count) =>
        throw new NotSupportedException("A paced response body is written asynchronously (WriteAsync).");

    public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);
    public override void Flush() => inner.Flush();

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}
