using System.Threading.Channels;
using LeanIX.Emulator.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace LeanIX.Emulator.Tests.Hosting;

/// <summary>The pacing schedule on a fake clock: each chunk leaves exactly when rate × elapsed allows it.</summary>
public class PacedStreamTests
{
    [Fact]
    public async Task Each_chunk_is_released_when_the_cumulative_bytes_fit_in_rate_times_elapsed()
    {
        var clock = new FakeTimeProvider();
        var start = clock.GetUtcNow();
        var inner = new RecordingStream(clock);
        // One chunk per second: the schedule is 1 s, 2 s, 3 s, 3.5 s for 3.5 chunks.
        var paced = new PacedStream(inner, PacedStream.ChunkBytes, clock);
        var body = PacedServer.Body(PacedStream.ChunkBytes * 7 / 2);
        var write = paced.WriteAsync(body).AsTask();

        var expected = new[] { 1000, 2000, 3000, 3500 };
        var sinceStart = 0;
        for (var i = 0; i < expected.Length; i++)
        {
            // Just before the chunk is due nothing more can have been written: no timer has fired yet.
            clock.Advance(TimeSpan.FromMilliseconds(expected[i] - 1 - sinceStart));
            Assert.Equal(i, inner.Writes.Count);
            clock.Advance(TimeSpan.FromMilliseconds(1));
            sinceStart = expected[i];
            var (at, length) = await inner.Next.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));
            Assert.Equal(TimeSpan.FromMilliseconds(expected[i]), at - start);
            Assert.Equal(i < 3 ? PacedStream.ChunkBytes : PacedStream.ChunkBytes / 2, length);
        }
        await write.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(body, inner.Bytes.ToArray());
        Assert.Equal(body.Length, paced.BytesWritten);
    }

    [Fact]
    public async Task Writes_within_the_allowance_go_straight_through()
    {
        var clock = new FakeTimeProvider();
        var inner = new RecordingStream(clock);
        var paced = new PacedStream(inner, PacedStream.ChunkBytes, clock);
        clock.Advance(TimeSpan.FromSeconds(2)); // e.g. the emulator worked for 2 s before its first byte
        // Two chunks' worth are already allowed, so the write completes without any timer.
        await paced.WriteAsync(PacedServer.Body(2 * PacedStream.ChunkBytes));
        Assert.Equal(2, inner.Writes.Count);
    }

    /// <summary>Records each write with the fake time it happened at.</summary>
    private sealed class RecordingStream(TimeProvider clock) : MemoryStream
    {
        private readonly Channel<(DateTimeOffset At, int Length)> _next = Channel.CreateUnbounded<(DateTimeOffset, int)>();

        public List<(DateTimeOffset At, int Length)> Writes { get; } = [];
        public MemoryStream Bytes => this;
        public ChannelReader<(DateTimeOffset At, int Length)> Next => _next.Reader;

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Write(buffer.Span);
            var entry = (clock.GetUtcNow(), buffer.Length);
            lock (Writes) Writes.Add(entry);
            _next.Writer.TryWrite(entry);
            return ValueTask.CompletedTask;
        }
    }
}
