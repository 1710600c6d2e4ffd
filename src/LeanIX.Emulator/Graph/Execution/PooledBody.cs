using System.Buffers;

namespace LeanIX.Emulator.Graph.Execution;

/// <summary>
/// A response body written into pooled chunks of 64 KiB (issue 15): a page of 3 MB never becomes one growing array
/// on the large-object heap, which is what kept the emulator's RSS high after a dump. Dispose returns the chunks.
/// </summary>
public sealed class PooledBody : IBufferWriter<byte>, IDisposable
{
    // Below the 85,000-byte large-object threshold; ArrayPool.Shared keeps such arrays per core.
    private const int ChunkSize = 64 * 1024;

    private readonly List<(byte[] Array, int Length)> _full = [];
    private byte[]? _current;
    private int _used;

    public long Length
    {
        get
        {
            long total = _used;
            foreach (var (_, length) in _full) total += length;
            return total;
        }
    }

    public void Advance(int count) => _used += count;

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _current.AsMemory(_used);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _current.AsSpan(_used);
    }

    public void Write(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(GetSpan(bytes.Length));
        Advance(bytes.Length);
    }

    public async Task CopyToAsync(Stream target, CancellationToken cancellationToken)
    {
        foreach (var (array, length) in _full) await target.WriteAsync(array.AsMemory(0, length), cancellationToken);
        if (_current is not null && _used > 0) await target.WriteAsync(_current.AsMemory(0, _used), cancellationToken);
    }

    public byte[] ToArray()
    {
        var result = new byte[Length];
        var at = 0;
        foreach (var (array, length) in _full)
        {
            array.AsSpan(0, length).CopyTo(result.AsSpan(at));
            at += length;
        }
        _current?.AsSpan(0, _used).CopyTo(result.AsSpan(at));
        return result;
    }

    private void Ensure(int sizeHint)
    {
        var needed = Math.Max(sizeHint, 1);
        if (_current is not null && _current.Length - _used >= needed) return;
        if (_current is not null)
        {
            if (_used > 0) _full.Add((_current, _used));
            else ArrayPool<byte>.Shared.Return(_current);
        }
        _current = ArrayPool<byte>.Shared.Rent(Math.Max(ChunkSize, needed));
        _used = 0;
    }

    public void Dispose()
    {
        foreach (var (array, _) in _full) ArrayPool<byte>.Shared.Return(array);
        _full.Clear();
        if (_current is not null) ArrayPool<byte>.Shared.Return(_current);
        _current = null;
        _used = 0;
    }
}
