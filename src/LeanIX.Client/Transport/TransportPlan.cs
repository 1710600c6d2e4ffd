using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace LeanIX.Client.Transport;

/// <summary>What an item of a plan does to the target.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TransportAction>))]
public enum TransportAction
{
    /// <summary>The target has no element of this natural key: it is created.</summary>
    [JsonStringEnumMemberName("create")] Create,

    /// <summary>The target's element differs: the differing fields are changed.</summary>
    [JsonStringEnumMemberName("update")] Update,

    /// <summary>Source and target agree: nothing happens.</summary>
    [JsonStringEnumMemberName("unchanged")] Unchanged,

    /// <summary>The element cannot be moved as is (an unresolvable reference, an ambiguous key): nothing happens.</summary>
    [JsonStringEnumMemberName("conflict")] Conflict,

    /// <summary>Only in the target and <c>deleteMissing</c> was asked: it is deleted.</summary>
    [JsonStringEnumMemberName("delete")] Delete
}

/// <summary>One changed field: the target's value now and the value it gets.</summary>
/// <param name="Field">The field path, e.g. <c>description</c> or <c>state.filter.facetFilter</c>.</param>
/// <param name="Target">The target's value (null when absent or a secret).</param>
/// <param name="Source">The value the target gets (null when removed or a secret).</param>
/// <param name="Secret">A secret: both values are withheld.</param>
public sealed record FieldDifference(string Field, JsonNode? Target, JsonNode? Source, bool Secret = false);

/// <summary>One element of a plan.</summary>
public sealed record TransportItem
{
    /// <summary>The natural key.</summary>
    public required string Key { get; init; }

    /// <summary>What applying does.</summary>
    public required TransportAction Action { get; init; }

    /// <summary>The fields that differ (every field for a create or delete).</summary>
    public IReadOnlyList<FieldDifference> Differences { get; init; } = [];

    /// <summary>Why the item is a conflict, one reason per line.</summary>
    public IReadOnlyList<string> Conflicts { get; init; } = [];

    /// <summary>The element as the target should have it (remapped), for creates and updates.</summary>
    [JsonIgnore] public TransportElement? Desired { get; init; }

    /// <summary>The target's element as read when planning, for updates, deletes and the backup.</summary>
    [JsonIgnore] public TransportElement? Current { get; init; }

    /// <summary>Whether applying changes the target.</summary>
    [JsonIgnore] public bool IsChange => Action is TransportAction.Create or TransportAction.Update or TransportAction.Delete;
}

/// <summary>
/// A dry run of a transport: what <see cref="TransportClient.ApplyAsync"/> would do to the target, item by item, with
/// field-level differences. Names both workspaces.
/// </summary>
public sealed record TransportPlan
{
    /// <summary>The kind's name.</summary>
    public required string Kind { get; init; }

    /// <summary>The workspace read from.</summary>
    public required string SourceWorkspace { get; init; }

    /// <summary>The workspace written to.</summary>
    public required string TargetWorkspace { get; init; }

    /// <summary>The target workspace's id.</summary>
    public required Guid TargetWorkspaceId { get; init; }

    /// <summary>What was selected.</summary>
    public required string Selection { get; init; }

    /// <summary>Whether target elements missing from the source are deleted.</summary>
    public bool DeleteMissing { get; init; }

    /// <summary>When the plan was made.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>Every item, changes and non-changes, in apply order.</summary>
    public IReadOnlyList<TransportItem> Items { get; init; } = [];

    /// <summary>Whether applying changes anything.</summary>
    public bool HasChanges => Items.Any(i => i.IsChange);

    /// <summary>How many items of an action.</summary>
    public int Count(TransportAction action) => Items.Count(i => i.Action == action);

    /// <summary>A one-line summary: <c>2 to create, 1 to update, 3 unchanged, 0 conflicts, 0 to delete</c>.</summary>
    public string Summary =>
        $"{Count(TransportAction.Create)} to create, {Count(TransportAction.Update)} to update, {Count(TransportAction.Unchanged)} unchanged, " +
        $"{Count(TransportAction.Conflict)} conflict{(Count(TransportAction.Conflict) == 1 ? "" : "s")}, {Count(TransportAction.Delete)} to delete";

    /// <summary>The kind that made the plan.</summary>
    [JsonIgnore] internal ITransportKind? KindImplementation { get; init; }

    /// <summary>The selection the target is read with again before applying.</summary>
    [JsonIgnore] internal TransportSelection ReadSelection { get; init; } = TransportSelection.All;

    /// <summary>The client of the target workspace the plan applies to.</summary>
    [JsonIgnore] internal LeanIXClient? Target { get; init; }
}
