using LeanIX.Emulator.Mutations;
using LeanIX.Emulator.Store;

namespace LeanIX.Emulator.Rest.Integrations.Processing;

/// <summary>
/// Active fact sheets by external id field and value, built once per field for a run and kept current by the run's own
/// creates and archives, so an import of thousands of items does not scan the workspace per item. A hit is checked
/// against the transaction before use, so a change by another writer meanwhile is not trusted blindly.
/// </summary>
public sealed class ExternalIdIndex
{
    private readonly Dictionary<string, Dictionary<string, List<Guid>>> _byField = new(StringComparer.Ordinal);

    public Guid? Find(WorkspaceTransaction tx, string field, string externalId, string? type)
    {
        var index = For(tx, field);
        if (!index.TryGetValue(externalId, out var ids)) return null;
        foreach (var id in ids)
            if (tx.FactSheets.Get(id) is { IsActive: true } fs && (type is null || fs.Type == type)
                && JsonInput.AsString(fs.Field(field)?["externalId"]) == externalId)
                return id;
        return null;
    }

    public void Add(string field, string externalId, Guid id)
    {
        if (!_byField.TryGetValue(field, out var index)) return; // built from the workspace when first needed
        if (!index.TryGetValue(externalId, out var ids)) index[externalId] = ids = [];
        if (!ids.Contains(id)) ids.Add(id);
    }

    private Dictionary<string, List<Guid>> For(WorkspaceTransaction tx, string field)
    {
        if (_byField.TryGetValue(field, out var index)) return index;
        index = new Dictionary<string, List<Guid>>(StringComparer.Ordinal);
        foreach (var fs in tx.FactSheets.All)
        {
            if (!fs.IsActive || JsonInput.AsString(fs.Field(field)?["externalId"]) is not { } value) continue;
            if (!index.TryGetValue(value, out var ids)) index[value] = ids = [];
            ids.Add(fs.Id);
        }
        _byField[field] = index;
        return index;
    }
}
