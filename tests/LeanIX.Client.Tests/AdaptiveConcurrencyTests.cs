namespace LeanIX.Client.Tests;

public class AdaptiveConcurrencyTests
{
    [Fact]
    public async Task Push_back_halves_the_limit_and_successes_grow_it_by_one_per_limit()
    {
        var gate = new AdaptiveConcurrency(initial: 8, max: 10);
        gate.Throttled();
        Assert.Equal(4, gate.Limit);
        gate.Throttled();
        gate.Throttled();
        gate.Throttled();
        Assert.Equal(1, gate.Limit); // never below one
        gate.Succeeded();
        Assert.Equal(2, gate.Limit);
        gate.Succeeded();
        gate.Succeeded();
        Assert.Equal(2, gate.Limit); // 2 + 1/2 + 1/2.5
        gate.Succeeded();
        Assert.Equal(3, gate.Limit); // about as many successes as the limit add one
        for (var i = 0; i < 100; i++) gate.Succeeded();
        Assert.Equal(10, gate.Limit); // capped
        using var slot = await gate.EnterAsync(CancellationToken.None);
    }

    [Fact]
    public async Task A_request_beyond_the_limit_waits_for_a_slot()
    {
        var gate = new AdaptiveConcurrency(initial: 1, max: 4);
        var first = await gate.EnterAsync(CancellationToken.None);
        var second = gate.EnterAsync(CancellationToken.None).AsTask();
        Assert.False(second.IsCompleted); // no slot is free, so it cannot have been granted
        first.Dispose();
        (await second.WaitAsync(TimeSpan.FromSeconds(10))).Dispose();
    }

    [Fact]
    public async Task A_cancelled_waiter_takes_no_slot()
    {
        var gate = new AdaptiveConcurrency(initial: 1, max: 1);
        var first = await gate.EnterAsync(CancellationToken.None);
        using var cts = new CancellationTokenSource();
        var waiting = gate.EnterAsync(cts.Token).AsTask();
        await cts.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        first.Dispose();
        (await gate.EnterAsync(CancellationToken.None).AsTask().WaitAsync(TimeSpan.FromSeconds(10))).Dispose();
    }

    [Fact]
    public void Before_the_first_push_back_every_success_adds_one()
    {
        var gate = new AdaptiveConcurrency(initial: 8, max: 32);
        for (var i = 0; i < 8; i++) gate.Succeeded();
        Assert.Equal(16, gate.Limit); // one round of 8 doubles it (slow start)
        for (var i = 0; i < 100; i++) gate.Succeeded();
        Assert.Equal(32, gate.Limit); // capped
        gate.Throttled();
        Assert.Equal(16, gate.Limit);
        for (var i = 0; i < 8; i++) gate.Succeeded();
        Assert.Equal(16, gate.Limit); // after a push-back: one per about Limit successes
    }

    [Fact]
    public async Task A_request_marked_first_goes_ahead_of_those_already_waiting()
    {
        var gate = new AdaptiveConcurrency(initial: 1, max: 1);
        var held = await gate.EnterAsync(CancellationToken.None);
        var order = new List<string>();
        async Task Enter(string name, bool first)
        {
            using var slot = await gate.EnterAsync(first, CancellationToken.None);
            lock (order) order.Add(name);
        }
        var batch = Enter("batch", first: false);
        var listing = Enter("listing", first: true);
        Assert.False(batch.IsCompleted);
        Assert.False(listing.IsCompleted);
        held.Dispose();
        await Task.WhenAll(batch, listing).WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(["listing", "batch"], order);
    }
}
