using System.Text.Json.Nodes;
using LeanIX.Client.Wire;

namespace LeanIX.Client;

/// <summary>Tag groups and tags of the workspace (<c>lx.Tags</c>), by name or id, and their writes (D82, D89).</summary>
public sealed class TagsClient
{
    private const string GroupFields = "id name shortName description mode mandatory restrictToFactSheetTypes mandatoryForFactSheetTypes tagCount";
    private const string TagFields = "id name description color status factSheetCount deletable tagGroup { id }";

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

    /// <summary>
    /// Creates the tag group <paramref name="name"/> or, when a group of that name exists (case-insensitively), changes
    /// only the members given here (null = keep). A new group without <paramref name="mode"/> is MULTIPLE (D82).
    /// </summary>
    /// <param name="name">The group name.</param>
    /// <param name="shortName">The short name, or null to keep/leave empty.</param>
    /// <param name="description">The description, or null to keep/leave empty.</param>
    /// <param name="mode"><c>SINGLE</c> or <c>MULTIPLE</c>, or null to keep.</param>
    /// <param name="mandatory">Whether the group is mandatory, or null to keep.</param>
    /// <param name="restrictToFactSheetTypes">Fact sheet types the tags may be put on (empty = all), or null to keep.</param>
    /// <param name="mandatoryForFactSheetTypes">Types for which the group is mandatory, or null to keep.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The group as stored afterwards.</returns>
    public async Task<TagGroup> UpsertTagGroupAsync(string name, string? shortName = null, string? description = null, string? mode = null,
        bool? mandatory = null, IEnumerable<string>? restrictToFactSheetTypes = null, IEnumerable<string>? mandatoryForFactSheetTypes = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var normalisedMode = mode?.Trim().ToUpperInvariant();
        if (normalisedMode is not (null or "SINGLE" or "MULTIPLE"))
            throw new ArgumentException($"Tag group mode '{mode}' is invalid; use SINGLE or MULTIPLE.", nameof(mode));
        var variables = new JsonObject
        {
            ["name"] = name, ["shortName"] = shortName, ["description"] = description, ["mode"] = normalisedMode, ["mandatory"] = mandatory,
            ["restrict"] = Strings(restrictToFactSheetTypes), ["mandatoryFor"] = Strings(mandatoryForFactSheetTypes)
        };
        var data = await WriteAsync("""
            mutation UpsertTagGroup($name: String!, $shortName: String, $description: String, $mode: TagGroupModeEnum, $mandatory: Boolean,
                                    $restrict: [FactSheetType!], $mandatoryFor: [FactSheetType!]) {
              upsertTagGroup(name: $name, shortName: $shortName, description: $description, mode: $mode, mandatory: $mandatory,
                             restrictToFactSheetTypes: $restrict, mandatoryForFactSheetTypes: $mandatoryFor) { id }
            }
            """, variables, cancellationToken).ConfigureAwait(false);
        var id = ParseId(data.UpsertTagGroup, "Upsert tag group");
        return (await GroupsAsync(cancellationToken).ConfigureAwait(false)).First(g => g.Id == id);
    }

    /// <summary>
    /// Creates the tag <paramref name="name"/> in <paramref name="groupName"/> (null = ungrouped) or, when that group
    /// already has a tag of exactly that name, changes only the members given here (null = keep) (D82).
    /// </summary>
    /// <param name="groupName">The exact name of an existing tag group, or null for an ungrouped tag.</param>
    /// <param name="name">The tag name.</param>
    /// <param name="description">The description, or null to keep/leave empty.</param>
    /// <param name="color">The colour <c>#rrggbb</c>, or null to keep (a new tag then gets <c>#d3d3d3</c>).</param>
    /// <param name="status"><c>ACTIVE</c> or <c>ARCHIVED</c>, or null to keep (a new tag is ACTIVE).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The tag as stored afterwards.</returns>
    public async Task<Tag> UpsertTagAsync(string? groupName, string name, string? description = null, string? color = null, string? status = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var normalisedStatus = status?.Trim().ToUpperInvariant();
        if (normalisedStatus is not (null or "ACTIVE" or "ARCHIVED"))
            throw new ArgumentException($"Tag status '{status}' is invalid; use ACTIVE or ARCHIVED.", nameof(status));
        var variables = new JsonObject
        {
            ["name"] = name, ["group"] = groupName, ["description"] = description, ["color"] = color, ["status"] = normalisedStatus
        };
        var data = await WriteAsync("""
            mutation UpsertTag($name: String!, $group: String, $description: String, $color: String, $status: String) {
              upsertTag(name: $name, tagGroupName: $group, description: $description, color: $color, status: $status) { id }
            }
            """, variables, cancellationToken).ConfigureAwait(false);
        var id = ParseId(data.UpsertTag, "Upsert tag");
        return (await AllAsync(cancellationToken).ConfigureAwait(false)).First(t => t.Id == id);
    }

    /// <summary>
    /// Creates a tag group (<c>createTagGroup</c>, D16). Unlike <see cref="UpsertTagGroupAsync"/> it fails when the name is
    /// taken (a <see cref="LeanIXBusinessException"/>), so a script learns that the group existed.
    /// </summary>
    /// <param name="name">The group name.</param>
    /// <param name="mode"><c>SINGLE</c> or <c>MULTIPLE</c>.</param>
    /// <param name="shortName">The short name.</param>
    /// <param name="description">The description.</param>
    /// <param name="mandatory">Whether the group is mandatory (data only, D74).</param>
    /// <param name="restrictToFactSheetTypes">Fact sheet types its tags may be put on; null or empty = all.</param>
    /// <param name="mandatoryForFactSheetTypes">Types for which the group is mandatory.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The group as stored.</returns>
    public async Task<TagGroup> CreateTagGroupAsync(string name, string mode = "MULTIPLE", string? shortName = null, string? description = null,
        bool mandatory = false, IEnumerable<string>? restrictToFactSheetTypes = null, IEnumerable<string>? mandatoryForFactSheetTypes = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var normalisedMode = mode?.Trim().ToUpperInvariant();
        if (normalisedMode is not ("SINGLE" or "MULTIPLE"))
            throw new ArgumentException($"Tag group mode '{mode}' is invalid; use SINGLE or MULTIPLE.", nameof(mode));
        var variables = new JsonObject
        {
            ["name"] = name, ["shortName"] = shortName, ["description"] = description, ["mode"] = normalisedMode, ["mandatory"] = mandatory,
            ["restrict"] = Strings(restrictToFactSheetTypes), ["mandatoryFor"] = Strings(mandatoryForFactSheetTypes)
        };
        var data = await WriteAsync("""
            mutation CreateTagGroup($name: String!, $shortName: String, $description: String, $mode: TagGroupModeEnum!, $mandatory: Boolean,
                                    $restrict: [FactSheetType!], $mandatoryFor: [FactSheetType!]) {
              createTagGroup(name: $name, shortName: $shortName, description: $description, mode: $mode, mandatory: $mandatory,
                             restrictToFactSheetTypes: $restrict, mandatoryForFactSheetTypes: $mandatoryFor) { id }
            }
            """, variables, cancellationToken).ConfigureAwait(false);
        var id = ParseId(data.CreateTagGroup, "Create tag group");
        return (await GroupsAsync(cancellationToken).ConfigureAwait(false)).First(g => g.Id == id);
    }

    /// <summary>
    /// Creates a tag (<c>createTag</c>, D16) in the group named or identified by <paramref name="groupNameOrId"/> (null =
    /// ungrouped). A name already used in that group is a <see cref="LeanIXBusinessException"/>; an unknown group is a
    /// <see cref="LeanIXNotFoundException"/>.
    /// </summary>
    public async Task<Tag> CreateTagAsync(string? groupNameOrId, string name, string? description = null, string? color = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var group = groupNameOrId is null ? null : await GetGroupAsync(groupNameOrId, cancellationToken).ConfigureAwait(false);
        var variables = new JsonObject
        {
            ["name"] = name, ["description"] = description, ["color"] = color, ["group"] = group?.Id.ToString()
        };
        var data = await WriteAsync("""
            mutation CreateTag($name: String!, $description: String, $color: String, $group: ID) {
              createTag(name: $name, description: $description, color: $color, tagGroupId: $group) { id }
            }
            """, variables, cancellationToken).ConfigureAwait(false);
        var id = ParseId(data.CreateTag, "Create tag");
        return (await AllAsync(cancellationToken).ConfigureAwait(false)).First(t => t.Id == id);
    }

    /// <summary>
    /// Deletes a tag. LeanIX refuses a tag still carried by fact sheets (<see cref="Tag.Deletable"/> is false): that is a
    /// <see cref="LeanIXBusinessException"/> naming how many carry it (D89).
    /// </summary>
    public async Task DeleteTagAsync(Guid id, CancellationToken cancellationToken = default)
    {
        if (id == Guid.Empty) throw new ArgumentException("The tag id must not be empty.", nameof(id));
        await WriteAsync("mutation DeleteTag($id: ID!) { deleteTag(id: $id) { id } }",
            new JsonObject { ["id"] = id.ToString() }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Deletes a tag group. LeanIX refuses a group that still holds tags (<see cref="LeanIXBusinessException"/>, D89).</summary>
    public async Task DeleteTagGroupAsync(Guid id, CancellationToken cancellationToken = default)
    {
        if (id == Guid.Empty) throw new ArgumentException("The tag group id must not be empty.", nameof(id));
        await WriteAsync("mutation DeleteTagGroup($id: ID!) { deleteTagGroup(id: $id) { id } }",
            new JsonObject { ["id"] = id.ToString() }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Forgets the loaded tags.</summary>
    public void Reload() => (_tags, _groups) = (null, null);

    /// <summary>Runs a write; the cached tags are stale afterwards, even when it failed half-way, so they are dropped.</summary>
    private async Task<TagWritesWire> WriteAsync(string mutation, JsonObject variables, CancellationToken cancellationToken)
    {
        try
        {
            return await _connection.GraphQLAsync(mutation, variables, LeanIXConnection.Wire.TagWritesWire, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            Reload();
        }
    }

    private static Guid ParseId(IdWire? written, string operation) =>
        Guid.TryParse(written?.Id, out var id) ? id : throw new LeanIXRequestFailedException($"{operation} returned no id.", operation, System.Net.HttpStatusCode.OK);

    private static JsonArray? Strings(IEnumerable<string>? items) =>
        items is null ? null : new JsonArray(items.Select(i => (JsonNode?)i).ToArray());

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        if (_tags is not null && _groups is not null) return;
        var data = await _connection.GraphQLAsync(
            $"query Tags {{ allTagGroups {{ edges {{ node {{ {GroupFields} }} }} }} allTags {{ edges {{ node {{ {TagFields} }} }} }} }}",
            null, LeanIXConnection.Wire.TagsQueryWire, cancellationToken).ConfigureAwait(false);
        var groups = (data.AllTagGroups?.Nodes ?? []).Where(g => g.Id is not null).Select(g => new TagGroup(Guid.Parse(g.Id!), g.Name ?? "",
            g.ShortName, g.Description, g.Mode ?? "MULTIPLE", g.Mandatory ?? false, g.RestrictToFactSheetTypes ?? [],
            g.MandatoryForFactSheetTypes ?? [], g.TagCount ?? 0)).ToList();
        var byId = groups.ToDictionary(g => g.Id);
        _tags = (data.AllTags?.Nodes ?? []).Where(t => t.Id is not null).Select(t => new Tag(Guid.Parse(t.Id!), t.Name ?? "", t.Description, t.Color,
            t.Status ?? "ACTIVE", Guid.TryParse(t.TagGroup?.Id, out var groupId) ? byId.GetValueOrDefault(groupId) : null,
            t.FactSheetCount ?? 0, t.Deletable ?? (t.FactSheetCount ?? 0) == 0)).ToList();
        _groups = groups;
    }
}
