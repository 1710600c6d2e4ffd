using System.Threading.Channels;
using LeanIX.Automation.Runs;

namespace LeanIX.Automation.InitialSync;

/// <summary>
/// The log of one running sync in memory: every line so far, and a channel per reader that gets the lines so far and then
/// each new one, completed when the sync ends. Subscribing and writing share a lock, so a reader misses no line.
/// </summary>
internal sealed class LiveLog
{
    private readonly List<LogLine> _lines = [];
    private readonly List<Channel<LogLine>> _readers = [];
    private bool _ended;

    public LiveLog(IEnumerable<LogLine> earlier) => _lines.AddRange(earlier);

    public int Count { get { lock (_lines) return _lines.Count; } }

    public void Write(LogLine line)
    {
        lock (_lines)
        {
            if (_ended) return;
            _lines.Add(line);
            foreach (var reader in _readers) reader.Writer.TryWrite(line);
        }
    }

    public ChannelReader<LogLine> Subscribe()
    {
        var channel = Channel.CreateUnbounded<LogLine>(new UnboundedChannelOptions { SingleReader = true });
        lock (_lines)
        {
            foreach (var line in _lines) channel.Writer.TryWrite(line);
            if (_ended) channel.Writer.TryComplete();
            else _readers.Add(channel);
        }
        return channel.Reader;
    }

    public void End()
    {
        lock (_lines)
        {
            _ended = true;
            foreach (var reader in _readers) reader.Writer.TryComplete();
            _readers.Clear();
        }
    }
}
