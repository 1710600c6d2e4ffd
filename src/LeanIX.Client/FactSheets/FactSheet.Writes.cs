using System.Text.Json.Nodes;

namespace LeanIX.Client;

public sealed partial class FactSheet
{
    /// <summary>Applies patches in one <c>updateFactSheet</c> (atomic, D17) and refreshes this instance.</summary>
    public Task UpdateAsync(IEnumerable<Patch> patches, string? comment = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(patches);
        return _client.FactSheets.UpdateAsync(this, patches, comment, cancellationToken);
    }

    /// <summary>Sets one field; <paramref name="value"/> null clears it.</summary>
    public Task SetAsync(string field, object? value, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(field);
        return UpdateAsync([value is null ? Patch.Remove("/" + field) : Patch.Replace("/" + field, value)], null, cancellationToken);
    }

    /// <summary>Archives the fact sheet with a reason (<c>/status ARCHIVED</c> plus comment).</summary>
    public Task ArchiveAsync(string comment, CancellationToken cancellationToken = default) =>
        UpdateAsync([Patch.Add("/status", "ARCHIVED")], comment, cancellationToken);

    /// <summary>Recovers an archived fact sheet. Its archived relations stay archived (D22).</summary>
    public Task RecoverAsync(string? comment = null, CancellationToken cancellationToken = default) =>
        UpdateAsync([Patch.Add("/status", "ACTIVE")], comment, cancellationToken);

    /// <summary>Relates this fact sheet to <paramref name="target"/> through a relation key or plural type name.</summary>
    public async Task<FactSheetRelation> AddRelationAsync(string keyOrPlural, FactSheet target, RelationAttributes? attributes = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(target);
        var relation = TypeModel.Relation(keyOrPlural);
        await LoadAsync(cancellationToken).ConfigureAwait(false);
        var before = Relations(relation.Key).Select(r => r.Id).ToHashSet();
        var value = (attributes ?? new RelationAttributes()).ToJson(target.Id);
        await UpdateAsync([new Patch("add", $"/{relation.Key}/new_1", value.ToJsonString())], null, cancellationToken).ConfigureAwait(false);
        target.MarkStale();
        return Relations(relation.Key).First(r => !before.Contains(r.Id));
    }

    /// <summary>Replaces a relation's attributes (all of them, D22); use <see cref="RelationAttributes.From"/> to keep some.</summary>
    public async Task UpdateRelationAsync(FactSheetRelation relation, RelationAttributes attributes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(relation);
        ArgumentNullException.ThrowIfNull(attributes);
        await UpdateAsync([new Patch("replace", $"/{relation.Key}/{relation.Id}", attributes.ToJson(relation.TargetId).ToJsonString())], null, cancellationToken).ConfigureAwait(false);
        relation.FactSheet.MarkStale();
    }

    /// <summary>Deletes a relation.</summary>
    public async Task RemoveRelationAsync(FactSheetRelation relation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(relation);
        await UpdateAsync([Patch.Remove($"/{relation.Key}/{relation.Id}")], null, cancellationToken).ConfigureAwait(false);
        relation.FactSheet.MarkStale();
    }

    /// <summary>Adds a tag by group and name (<c>null</c> group = an ungrouped tag). In a SINGLE group the old tag is replaced (D21).</summary>
    public async Task AddTagAsync(string? groupName, string tagName, CancellationToken cancellationToken = default)
    {
        var tag = await _client.Tags.GetAsync(groupName, tagName, cancellationToken).ConfigureAwait(false);
        await LoadAsync(cancellationToken).ConfigureAwait(false);
        if (AllTags().Any(t => t.Id == tag.Id)) return;
        var patches = new List<Patch>();
        if (tag.Group is { Mode: "SINGLE" } group)
        {
            var existing = AllTags().Where(t => t.GroupId == group.Id).Select(t => new JsonObject { ["tagId"] = t.Id.ToString() }).ToArray<JsonNode>();
            if (existing.Length > 0) patches.Add(new Patch("remove", "/tags", new JsonArray(existing).ToJsonString()));
        }
        patches.Add(new Patch("add", "/tags", new JsonArray(new JsonObject { ["tagId"] = tag.Id.ToString() }).ToJsonString()));
        await UpdateAsync(patches, null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Removes a tag by group and name; absent tags are a no-op.</summary>
    public async Task RemoveTagAsync(string? groupName, string tagName, CancellationToken cancellationToken = default)
    {
        await LoadAsync(cancellationToken).ConfigureAwait(false);
        var group = groupName ?? UngroupedTags;
        var present = AllTags().FirstOrDefault(t => t.GroupName.Equals(group, StringComparison.OrdinalIgnoreCase) && t.Name.Equals(tagName, StringComparison.OrdinalIgnoreCase));
        if (present is null) return;
        await UpdateAsync([new Patch("remove", "/tags", new JsonArray(new JsonObject { ["tagId"] = present.Id.ToString() }).ToJsonString())], null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Subscribes a user (by e-mail) in a role (by name). A user holds one subscription per fact sheet
    /// (D14), so a further role is added to the existing subscription.
    /// </summary>
    public Task SubscribeAsync(string email, string roleName, string? comment = null, string? type = null, CancellationToken cancellationToken = default) =>
        _client.Subscriptions.SubscribeAsync(this, email, roleName, comment, type, cancellationToken);

    /// <summary>Removes a user's role; the subscription goes when its last role goes.</summary>
    public Task UnsubscribeAsync(string email, string roleName, CancellationToken cancellationToken = default) =>
        _client.Subscriptions.UnsubscribeAsync(this, email, roleName, cancellationToken);
}
