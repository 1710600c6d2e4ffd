using System.Runtime.CompilerServices;
using GraphQL.Types;
using LeanIX.Emulator.Store;

namespace LeanIX.Emulator.Graph.Schema;

/// <summary>One schema per (workspace, ModelVersion): rebuilt when the workspace's data model is replaced.</summary>
public sealed class SchemaCache
{
    private readonly ConditionalWeakTable<Workspace, Entry> _entries = new();

    /// <summary>Callers hold the workspace lock, so the model cannot change underneath.</summary>
    public ISchema For(Workspace workspace)
    {
        lock (_entries)
        {
            if (_entries.TryGetValue(workspace, out var entry) && entry.Version == workspace.ModelVersion) return entry.Schema;
            var schema = SchemaFactory.Build(workspace.Model);
            _entries.AddOrUpdate(workspace, new Entry(workspace.ModelVersion, schema));
            return schema;
        }
    }

    private sealed record Entry(long Version, ISchema Schema);
}
