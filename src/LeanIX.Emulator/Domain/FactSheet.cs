using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace LeanIX.Emulator.Domain;

/// <summary>
/// A fact sheet. <see cref="Name"/> and <see cref="Description"/> are kept apart; every other
/// data-model field (alias, release, lifecycle, externalId, location, selects, custom fields)
/// lives in <see cref="Fields"/> in its wire form (D10, D20).
/// </summary>
public sealed class FactSheet : IEntity<FactSheet>
{
    public Guid Id { get; set; }
    public required string Type { get; set; }
    public required string Name { get; set; }
    public string? Description { get; set; }
    public string Status { get; set; } = FactSheetStatus.Active;
    public string? LxState { get; set; } = "DRAFT";
    public long Rev { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Data-model fields by key, as JSON: strings, numbers, arrays or objects.</summary>
    public Dictionary<string, JsonNode?> Fields { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Fields and relations marked "not applicable".</summary>
    public List<string> NaFields { get; set; } = [];

    /// <summary>Tag ids in insertion order (D21).</summary>
    public List<Guid> TagIds { get; set; } = [];

    /// <summary>D66: ids of the access control entities (virtual workspaces) that may read it; empty = everyone.</summary>
    public List<Guid> PermittedReadAcl { get; set; } = [];

    /// <summary>D66: ids of the access control entities whose non-admin members may update it; empty = everyone.</summary>
    public List<Guid> PermittedWriteAcl { get; set; } = [];

    /// <summary>
    /// The names a committed version computed for this fact sheet (<c>Queries.VersionCache</c>), stamped with that
    /// version; not state of the fact sheet, never serialized or cloned.
    /// </summary>
    internal object? DerivedNames;

    [JsonIgnore]
    public bool IsActive => Status == FactSheetStatus.Active;

    public JsonNode? Field(string key) => Fields.TryGetValue(key, out var v) ? v : null;

    public string? StringField(string key) => Fields.TryGetValue(key, out var v) && v is JsonValue jv && jv.TryGetValue<string>(out var s) ? s : null;

    public FactSheet Clone() => new()
    {
        Id = Id, Type = Type, Name = Name, Description = Description, Status = Status, LxState = LxState,
        Rev = Rev, CreatedAt = CreatedAt, UpdatedAt = UpdatedAt,
        Fields = Fields.ToDictionary(kv => kv.Key, kv => kv.Value?.DeepClone(), StringComparer.Ordinal),
        NaFields = [.. NaFields], TagIds = [.. TagIds], PermittedReadAcl = [.. PermittedReadAcl], PermittedWriteAcl = [.. PermittedWriteAcl]
    };
}
