using LeanIX.Emulator.Store;

namespace LeanIX.Emulator.Tests.Store;

public class ReaderWriterLockTests
{
    [Fact]
    public async Task Readers_share_and_a_writer_waits_for_them_and_excludes_others()
    {
        var gate = new AsyncReaderWriterLock();
        var r1 = await gate.ReadAsync();
        var r2 = await gate.ReadAsync(); // a second reader does not wait
        // A waiting acquisition can only complete on a release, so checking right away is enough.
        var writer = gate.WriteAsync();
        Assert.False(writer.IsCompleted);
        r1.Dispose();
        Assert.False(writer.IsCompleted);
        r2.Dispose();
        var w = await writer.WaitAsync(TimeSpan.FromSeconds(5));
        var reader = gate.ReadAsync();
        Assert.False(reader.IsCompleted);
        w.Dispose();
        (await reader.WaitAsync(TimeSpan.FromSeconds(5))).Dispose();
        (await gate.WriteAsync().WaitAsync(TimeSpan.FromSeconds(5))).Dispose();
    }
}
