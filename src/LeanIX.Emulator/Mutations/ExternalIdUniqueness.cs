using System.Runtime.CompilerServices;
using LeanIX.Emulator.Store;

namespace LeanIX.Emulator.Mutations;

/// <summary>
/// D20's uniqueness check of external ids without a workspace scan per write, so an LDIF import (one transaction per content
/// item, D75) stays linear. Per workspace and external id field, an index of the fact sheets that may hold each value is built by one
/// scan when the field is first checked; afterwards it learns every value a check lets through and, from the change log of each
/// commit, every fact sheet a commit touched. Entries are only ever added and each hit is verified against the transaction (active,
/// same type, still holding the value), so a stale entry (a rolled-back write, a changed or archived fact sheet) never causes a
/// false clash.
/// </summary>
internal static class ExternalIdUniqueness
{
    private static readonly ConditionalWeakTable<Workspace, Index> Indexes = new();

    /// <summary>The active fact sheet of <paramref name="type"/> other than <paramref name="self"/> that holds the value, or null.</summary>
    public static Domain.FactSheet? FindClash(WorkspaceTransaction tx, string fieldKey, string externalId, string type, Guid self)
    {
        var index = Indexes.GetValue(tx.Workspace, workspace => new Index(workspace));
        lock (index)
        {
            if (!index.Field(tx, fieldKey).TryGetValue(externalId, out var ids)) return null;
            foreach (var id in ids)
                if (id != self && tx.FactSheets.Get(id) is { IsActive: true } other && other.Type == type
                    && JsonInput.AsString(other.Field(fieldKey)?["externalId"]) == externalId)
                    return other;
            return null;
        }
    }

    /// <summary>Records that <paramref name="id"/> now holds the value (called once the check passed; the commit may still fail).</summary>
    public static void Hold(WorkspaceTransaction tx, string fieldKey, string externalId, Guid id)
    {
        var index = Indexes.GetValue(tx.Workspace, workspace => new Index(workspace));
        lock (index) Index.Add(index.Field(tx, fieldKey), externalId, id);
    }

    private sealed class Index
    {
        private readonly Dictionary<string, Dictionary<string, List<Guid>>> _byField = new(StringComparer.Ordinal);
        private readonly HashSet<Guid> _touched = [];

        public Index(Workspace workspace) => workspace.Committed += (_, records) =>
        {
            lock (this)
                foreach (var record in records)
                    if (record.FactSheetId is { } id) _touched.Add(id);
        };

        /// <summary>The field's index, built by one scan on first use and brought up to date with the fact sheets commits touched.</summary>
        public Dictionary<string, List<Guid>> Field(WorkspaceTransaction tx, string fieldKey)
        {
            if (_touched.Count > 0)
            {
                foreach (var id in _touched)
                    if (tx.FactSheets.Get(id) is { } fs)
                        foreach (var (key, index) in _byField)
                            if (JsonInput.AsString(fs.Field(key)?["externalId"]) is { } value) Add(index, value, id);
                _touched.Clear();
            }
            if (_byField.TryGetValue(fieldKey, out var built)) return built;
            built = new Dictionary<string, List<Guid>>(StringComparer.Ordinal);
            foreach (var fs in tx.FactSheets.All)
                if (JsonInput.AsString(fs.Field(fieldKey)?["externalId"]) is { } value) Add(built, value, fs.Id);
            _byField[fieldKey] = built;
            return built;
        }

        public static void Add(Dictionary<string, List<Guid>> index, string value, Guid id)
        {
            if (!index.TryGetValue(value, out var ids)) index[value] = ids = [];
            if (!ids.Contains(id)) ids.Add(id);
        }
    }
}
