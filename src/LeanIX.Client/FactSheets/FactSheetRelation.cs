using System.Text.Json.Nodes;

namespace LeanIX.Client;

/// <summary>
/// A relation from one fact sheet to another with its attributes (D12). It reads like the fact sheet at
/// the other end, so navigation chains: <c>(await ug.RelationsAsync("applications"))[0].RelationsAsync("itComponents")</c>.
/// </summary>
public sealed class FactSheetRelation
{
    internal FactSheetRelation(string key, JsonObject node, FactSheet target)
    {
        Key = key;
        Node = node;
        FactSheet = target;
        Id = Guid.TryParse(Field("id").AsString(), out var id) ? id : throw new LeanIXRequestFailedException($"A {key} relation came without an id.", "Read relation");
    }

    internal JsonObject Node { get; }

    /// <summary>The relation id, the same from both ends.</summary>
    public Guid Id { get; }

    /// <summary>The directional key it was read through.</summary>
    public string Key { get; }

    /// <summary>The fact sheet at the other end (a reference until loaded, see <see cref="FactSheet.IsLoaded"/>).</summary>
    public FactSheet FactSheet { get; }

    /// <summary>Start of validity, YYYY-MM-DD.</summary>
    public string? ActiveFrom => Field("activeFrom").AsString();

    /// <summary>End of validity, YYYY-MM-DD.</summary>
    public string? ActiveUntil => Field("activeUntil").AsString();

    /// <summary>The relation's description.</summary>
    public string? Description => Field("description").AsString();

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

    /// <summary>Navigates on from the other end, which must be loaded (see <see cref="RelationsAsync"/>).</summary>
    public IReadOnlyList<FactSheetRelation> Relations(string keyOrPlural) => FactSheet.Relations(keyOrPlural);

    /// <summary>Navigates on from the other end, loading it and the fact sheets it leads to.</summary>
    public Task<IReadOnlyList<FactSheetRelation>> RelationsAsync(string keyOrPlural, CancellationToken cancellationToken = default) =>
        FactSheet.RelationsAsync(keyOrPlural, cancellationToken);

    /// <inheritdoc />
    public override string ToString() => $"{Key} → {FactSheet}";
}
