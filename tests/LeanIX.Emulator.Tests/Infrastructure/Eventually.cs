namespace LeanIX.Emulator.Tests.Infrastructure;

/// <summary>
/// A bounded poll for work a background worker (PUSH dispatcher, long poll) does on its own thread.
/// It waits for a condition to become true, never for time to pass: proving that something did not
/// happen is done by advancing the fake clock and asserting state instead.
/// </summary>
public static class Eventually
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(10);

    /// <summary>Polls <paramref name="condition"/>; <paramref name="between"/> runs between polls (e.g. advancing a fake clock).</summary>
    public static async Task TrueAsync(Func<bool> condition, string what, Action? between = null)
    {
        var deadline = DateTime.UtcNow + Limit;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"Timed out after {Limit.TotalSeconds} s waiting for: {what}");
            between?.Invoke();
            await Task.Delay(Pause);
        }
    }

    /// <summary>Polls an asynchronous <paramref name="condition"/> (e.g. an HTTP read) without blocking a thread.</summary>
    public static async Task TrueAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow + Limit;
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"Timed out after {Limit.TotalSeconds} s waiting for: {what}");
            await Task.Delay(Pause);
        }
    }
}
