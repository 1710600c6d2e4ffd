using LeanIX.Emulator.Model;
using LeanIX.Emulator.Seeds;
using LeanIX.Emulator.Store;

namespace LeanIX.Emulator.Tests.Seeds;

/// <summary>Builds a seeded in-memory workspace without hosting, as the seed tests need only the state.</summary>
internal static class SeedTestWorkspace
{
    public static readonly DateTimeOffset Now = new(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);

    public static Workspace Create(string model, ISeed seed, DateTimeOffset? now = null)
    {
        var store = SqliteStore.Open(null);
        var ws = new Workspace(Guid.NewGuid(), "t", DataModel.LoadBuiltIn(model), store, TimeProvider.System);
        seed.Populate(ws.State, now ?? Now);
        return ws;
    }
}
