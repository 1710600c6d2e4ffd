using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace LeanIX.Emulator.Domain;

/// <summary>
/// A relation between two fact sheets. <see cref="FromId"/> sits on the data model's <c>from</c> end of
/// <see cref="DefinitionName"/>, whichever end created it; the id is the same from both ends (D22).
/// </summary>
public sealed class Relation : IEntity<Relation>
{
    public Guid Id { get; set; }

    /// <summary>The internal name of the relation definition (<c>applicationITComponentRelation</c>).</summary>
    public required string DefinitionName { get; set; }
    public Guid FromId { get; set; }
    public Guid ToId { get; set; }
    public string? ActiveFrom { get; set; }
    public string? ActiveUntil { get; set; }
    public string? Description { get; set; }
    public string Status { get; set; } = FactSheetStatus.Active;
    public Dictionary<string, JsonNode?> Fields { get; set; } = new(StringComparer.Ordinal);
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    [JsonIgnore]
    public bool IsActive => Status == FactSheetStatus.Active;

    /// <summary>The fact sheet at the other end from <paramref name="factSheetId"/>.</summary>
    public Guid OtherEnd(Guid factSheetId) => factSheetId == FromId ? ToId : FromId;

    public Relation Clone() => new()
    {
        Id = Id, DefinitionName = DefinitionName, FromId = FromId, ToId = ToId, ActiveFrom = ActiveFrom,
        ActiveUntil = ActiveUntil, Description = Description, Status = Status, CreatedAt = CreatedAt, UpdatedAt = UpdatedAt,
        Fields = Fields.ToDictionary(kv => kv.Key, kv => kv.Value?.DeepClone(), StringComparer.Ordinal)
    };
}
