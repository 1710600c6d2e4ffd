using Microsoft.Extensions.Time.Testing;

namespace LeanIX.Emulator.Tests.Infrastructure;

/// <summary>
/// The fake clock every time-dependent test drives: token expiry, rate windows, PULL long-polls,
/// PUSH retries and retention move only when the test advances it, so no test sleeps.
/// </summary>
public static class TestClock
{
    /// <summary>A fixed, readable start, so timestamps in failures are easy to follow.</summary>
    public static readonly DateTimeOffset Epoch = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);

    public static FakeTimeProvider Start() => new(Epoch);
}
