using LeanIX.Client.Wire;

namespace LeanIX.Client;

/// <summary>Tag groups and tags of the workspace (<c>lx.Tags</c>), by name or id.</summary>
public sealed class TagsClient
{
    private readonly LeanIXConnection _connection;
    private IReadOnlyList<Tag>? _tags;
    private IReadOnlyList<TagGroup>? _groups;

    internal TagsClient(LeanIXConnection connection) => _connection = connection;

    /// <summary>Every tag group.</summary>
    public async Task<IReadOnlyList<TagGroup>> GroupsAsync(CancellationToken cancellationToken = default)
    {
        await LoadAsync(cancellationToken).ConfigureAwait(false);
        return _groups!;
    }

    /// <summary>Every tag.</summary>
    public async Task<IReadOnlyList<Tag>> AllAsync(CancellationToken cancellationToken = default)
    {
        await LoadAsync(cancellationToken).ConfigureAwait(false);
        return _tags!;
    }

    /// <summary>A tag group by name or id.</summary>
    public async Task<TagGroup> GetGroupAsync(string nameOrId, CancellationToken cancellationToken = default)
    {
        var groups = await GroupsAsync(cancellationToken).ConfigureAwait(false);
        return groups.FirstOrDefault(g => g.Id.ToString() == nameOrId.ToLowerInvariant() || g.Name.Equals(nameOrId, StringComparison.OrdinalIgnoreCase))
            ?? throw new LeanIXNotFoundException($"No tag group '{nameOrId}'. Known groups: {string.Join(", ", groups.Select(g => g.Name))}.", "Get tag group");
    }

    /// <summary>A tag by group name (null = ungrouped) and tag name, or by tag id in <paramref name="nameOrId"/>.</summary>
    public async Task<Tag> GetAsync(string? groupName, string nameOrId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(nameOrId);
        var tags = await AllAsync(cancellationToken).ConfigureAwait(false);
        var byId = tags.FirstOrDefault(t => t.Id.ToString() == nameOrId.ToLowerInvariant());
        if (byId is not null) return byId;
        var inGroup = tags.Where(t => groupName is null ? t.Group is null : t.Group?.Name.Equals(groupName, StringComparison.OrdinalIgnoreCase) == true).ToList();
        return inGroup.FirstOrDefault(t => t.Name.Equals(nameOrId, StringComparison.OrdinalIgnoreCase))
            ?? throw new LeanIXNotFoundException(
                $"No tag '{nameOrId}' in {(groupName is null ? "the ungrouped tags" : $"tag group '{groupName}'")}. Known: {string.Join(", ", inGroup.Select(t => t.Name))}.",
                "Get tag");
    }

    /// <summary>Forgets the loaded tags.</summary>
    public void Reload() => (_tags, _groups) = (null, null);

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        if (_tags is not null && _groups is not null) return;
        var data = await _connection.GraphQLAsync(
            "query Tags { allTagGroups { edges { node { id name shortName mode restrictToFactSheetTypes } } } allTags { edges { node { id name description color status tagGroup { id } } } } }",
            null, LeanIXConnection.Wire.TagsQueryWire, cancellationToken).ConfigureAwait(false);
        var groups = (data.AllTagGroups?.Nodes ?? []).Where(g => g.Id is not null).Select(g => new TagGroup(Guid.Parse(g.Id!), g.Name ?? "",
            g.ShortName, g.Mode ?? "MULTIPLE", g.RestrictToFactSheetTypes ?? [])).ToList();
        var byId = groups.ToDictionary(g => g.Id);
        _tags = (data.AllTags?.Nodes ?? []).Where(t => t.Id is not null).Select(t => new Tag(Guid.Parse(t.Id!), t.Name ?? "", t.Description, t.Color,
            t.Status ?? "ACTIVE", Guid.TryParse(t.TagGroup?.Id, out var groupId) ? byId.GetValueOrDefault(groupId) : null)).ToList();
        _groups = groups;
    }
}
