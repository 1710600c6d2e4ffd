using LeanIX.Automation.Runs;

namespace LeanIX.Automation.Processing;

/// <summary>
/// The logger a handler gets: keeps every line for the run history, hands it to a live sink (an initial sync's stream)
/// and forwards it to the host's log.
/// </summary>
internal sealed class RunLogger : ILogger
{
    private readonly ILogger _host;
    private readonly TimeProvider _clock;
    private readonly Action<LogLine>? _live;
    private readonly List<LogLine> _lines = [];

    public RunLogger(ILogger host, TimeProvider clock, Action<LogLine>? live)
    {
        _host = host;
        _clock = clock;
        _live = live;
    }

    public IReadOnlyList<LogLine> Lines { get { lock (_lines) return _lines.ToList(); } }

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => _host.BeginScope(state);

    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information || _host.IsEnabled(logLevel);

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        _host.Log(logLevel, eventId, state, exception, formatter);
        if (logLevel < LogLevel.Information) return;
        var message = formatter(state, exception);
        if (exception is not null) message += $" ({exception.GetType().Name}: {exception.Message})";
        var line = new LogLine(_clock.GetUtcNow(), logLevel, message);
        lock (_lines) _lines.Add(line);
        _live?.Invoke(line);
    }
}
