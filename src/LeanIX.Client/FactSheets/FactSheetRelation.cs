using System.Text.Json.Nodes;

namespace LeanIX.Client;

/// <summary>
/// A relation from one fact sheet to another with its attributes (D12). It reads like the fact sheet at
/// the other end, so navigation chains: <c>ug.Relations("applications")[0].Relations("itComponents")</c>.
/// </summary>
public sealed class FactSheetRelation
{
    internal FactSheetRelation(string key, JsonObject node, FactSheet target)
    {
        Key = key;
        Node = node;
        FactSheet = target;
    }

    internal JsonObject Node { get; }

    /// <summary>The relation id, the same from both ends.</summary>
    public Guid Id => Guid.Parse(Node["id"]!.GetValue<string>());

    /// <summary>The directional key it was read through.</summary>
    public string Key { get; }

    /// <summary>The fact sheet at the other end.</summary>
    public FactSheet FactSheet { get; }

    /// <summary>Start of validity, YYYY-MM-DD.</summary>
    public string? ActiveFrom => Node["activeFrom"]?.GetValue<string>();

    /// <summary>End of validity, YYYY-MM-DD.</summary>
    public string? ActiveUntil => Node["activeUntil"]?.GetValue<string>();

    /// <summary>The relation's description.</summary>
    public string? Description => Node["description"]?.GetValue<string>();

    /// <summary>A relation attribute, custom relation fields included (<c>rel.Field("costTotalAnnual")</c>).</summary>
    public FactSheetValue Field(string key) => new(Node[key]);

    /// <summary>A field of the fact sheet at the other end.</summary>
    public FactSheetValue this[string field] => FactSheet[field];

    /// <summary>The other end's id.</summary>
    public Guid TargetId => FactSheet.Id;

    /// <summary>The other end's name.</summary>
    public string Name => FactSheet.Name;

    /// <summary>The other end's display name.</summary>
    public string DisplayName => FactSheet.DisplayName;

    /// <summary>Navigates on from the other end.</summary>
    public IReadOnlyList<FactSheetRelation> Relations(string keyOrPlural) => FactSheet.Relations(keyOrPlural);

    /// <inheritdoc />
    public override string ToString() => $"{Key} → {FactSheet}";
}
