using System.Buffers;

namespace LeanIX.Automation.Intake;

/// <summary>
/// A request body read into a buffer rented from <see cref="ArrayPool{T}.Shared"/>: intake parses the UTF-8 bytes
/// directly (no intermediate string, no per-request 80 KB chunk) and returns the buffer when the event is stored.
/// </summary>
internal sealed class PooledBody : IDisposable
{
    private byte[] _buffer;

    private PooledBody(byte[] buffer, int length)
    {
        _buffer = buffer;
        Length = length;
    }

    /// <summary>How many bytes were read.</summary>
    public int Length { get; }

    /// <summary>The bytes read.</summary>
    public ReadOnlyMemory<byte> Memory => _buffer.AsMemory(0, Length);

    /// <summary>
    /// Reads <paramref name="body"/> to its end, or answers null as soon as it passes <paramref name="max"/> bytes (a chunked
    /// body has no length to check up front). <paramref name="expectedLength"/> (the Content-Length) sizes the first buffer.
    /// </summary>
    public static async Task<PooledBody?> ReadAsync(Stream body, long? expectedLength, long max, CancellationToken cancellationToken)
    {
        var initial = (int)Math.Clamp(expectedLength ?? 4096, 16, Math.Min(max + 1, 1 << 20));
        var buffer = ArrayPool<byte>.Shared.Rent(initial + 1); // one spare byte, so a body of exactly the expected length ends with a read of 0
        var length = 0;
        try
        {
            while (true)
            {
                if (length == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)buffer.Length * 2, max + 1));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }
                var read = await body.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false);
                if (read == 0) break;
                length += read;
                if (length > max)
                {
                    ArrayPool<byte>.Shared.Return(buffer);
                    return null;
                }
            }
            return new PooledBody(buffer, length);
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }

    /// <summary>Returns the buffer to the pool.</summary>
    public void Dispose()
    {
        var buffer = Interlocked.Exchange(ref _buffer, []);
        if (buffer.Length > 0) ArrayPool<byte>.Shared.Return(buffer);
    }
}
