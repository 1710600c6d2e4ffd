using System.Text.Json.Nodes;

namespace LeanIX.Client.Transport;

/// <summary>
/// Resolves what a source element refers to in the target, by natural key: tag and tag group ids (group and tag name),
/// subscription role ids (role name), user ids (e-mail), fact sheet ids (type and name), fact sheet types and fields (the
/// target's data model). Kinds call it from <see cref="ITransportKind.RemapAsync"/>; whatever cannot be resolved is
/// collected with <see cref="Unresolved"/> and makes the element a conflict. Lookups are cached for one plan.
/// </summary>
public sealed class TransportReferences
{
    private readonly Dictionary<Guid, string?> _ids = [];
    private readonly List<string> _unresolved = [];
    private LeanIXDataModel? _targetModel;

    internal TransportReferences(LeanIXClient source, LeanIXClient target)
    {
        (Source, Target) = (source, target);
        // A plan sees both workspaces as they are now, not as an earlier call cached them.
        foreach (var client in new[] { source, target })
        {
            client.Tags.Reload();
            client.SubscriptionRoles.Reload();
            client.Users.Reload();
        }
    }

    /// <summary>The source workspace.</summary>
    public LeanIXClient Source { get; }

    /// <summary>The target workspace.</summary>
    public LeanIXClient Target { get; }

    /// <summary>Reports a reference that cannot be resolved in the target; the element becomes a conflict.</summary>
    public void Unresolved(string reason) => _unresolved.Add(reason);

    /// <summary>The unresolved references reported since the last call, cleared.</summary>
    internal IReadOnlyList<string> TakeUnresolved()
    {
        var taken = _unresolved.Distinct(StringComparer.Ordinal).ToList();
        _unresolved.Clear();
        return taken;
    }

    /// <summary>The target's data model.</summary>
    public async Task<LeanIXDataModel> TargetModelAsync(CancellationToken cancellationToken) =>
        _targetModel ??= await Target.DataModel.GetAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>Reports every fact sheet type of <paramref name="types"/> the target's data model lacks.</summary>
    public async Task CheckFactSheetTypesAsync(IEnumerable<string> types, string where, CancellationToken cancellationToken)
    {
        var model = await TargetModelAsync(cancellationToken).ConfigureAwait(false);
        foreach (var type in types.Where(t => !model.Types.ContainsKey(t)))
            Unresolved($"{where}: fact sheet type '{type}' does not exist in the target's data model.");
    }

    /// <summary>Whether some fact sheet type of the target has a field or relation named <paramref name="key"/>.</summary>
    public async Task<bool> TargetHasFieldOrRelationAsync(string key, CancellationToken cancellationToken)
    {
        var model = await TargetModelAsync(cancellationToken).ConfigureAwait(false);
        return model.Types.Values.Any(t => t.Fields.ContainsKey(key) || t.Relations.ContainsKey(key));
    }

    /// <summary>
    /// The target's id for a source id of a tag, tag group, subscription role, user or fact sheet; null (reported as
    /// unresolved, naming <paramref name="where"/>) when the source does not know the id or the target lacks its
    /// counterpart.
    /// </summary>
    public async Task<string?> RemapIdAsync(Guid sourceId, string where, CancellationToken cancellationToken)
    {
        if (!_ids.TryGetValue(sourceId, out var mapped))
        {
            mapped = await ResolveAsync(sourceId, cancellationToken).ConfigureAwait(false);
            _ids[sourceId] = mapped;
        }
        if (mapped is null || mapped.StartsWith('!'))
        {
            Unresolved($"{where}: {(mapped is null ? $"id {sourceId} is nothing the source workspace knows" : mapped[1..])}.");
            return null;
        }
        return mapped;
    }

    /// <summary>A target id, or "!reason" when the source knows the id but the target lacks it, or null when the source does not know it.</summary>
    private async Task<string?> ResolveAsync(Guid id, CancellationToken cancellationToken)
    {
        var sourceTags = await Source.Tags.AllAsync(cancellationToken).ConfigureAwait(false);
        if (sourceTags.FirstOrDefault(t => t.Id == id) is { } tag)
        {
            var match = (await Target.Tags.AllAsync(cancellationToken).ConfigureAwait(false)).FirstOrDefault(t =>
                t.Name.Equals(tag.Name, StringComparison.OrdinalIgnoreCase) &&
                string.Equals(t.Group?.Name, tag.Group?.Name, StringComparison.OrdinalIgnoreCase));
            return match?.Id.ToString() ?? $"!tag '{TagKey(tag.Group?.Name, tag.Name)}' does not exist in the target (transport the tags first)";
        }
        if ((await Source.Tags.GroupsAsync(cancellationToken).ConfigureAwait(false)).FirstOrDefault(g => g.Id == id) is { } group)
        {
            var match = (await Target.Tags.GroupsAsync(cancellationToken).ConfigureAwait(false))
                .FirstOrDefault(g => g.Name.Equals(group.Name, StringComparison.OrdinalIgnoreCase));
            return match?.Id.ToString() ?? $"!tag group '{group.Name}' does not exist in the target (transport the tags first)";
        }
        if ((await Source.SubscriptionRoles.AllAsync(cancellationToken).ConfigureAwait(false)).FirstOrDefault(r => r.Id == id) is { } role)
        {
            var match = (await Target.SubscriptionRoles.AllAsync(cancellationToken).ConfigureAwait(false))
                .FirstOrDefault(r => r.Name.Equals(role.Name, StringComparison.OrdinalIgnoreCase));
            return match?.Id.ToString() ?? $"!subscription role '{role.Name}' does not exist in the target (transport the roles first)";
        }
        if (await Source.Users.FindByIdAsync(id, cancellationToken).ConfigureAwait(false) is { } user)
        {
            var match = await Target.Users.FindByEmailAsync(user.Email, cancellationToken).ConfigureAwait(false);
            return match?.Id.ToString() ?? $"!user {user.Email} is not a user of the target workspace";
        }
        return await ResolveFactSheetAsync(id, cancellationToken).ConfigureAwait(false);
    }

    private async Task<string?> ResolveFactSheetAsync(Guid id, CancellationToken cancellationToken)
    {
        JsonNode data;
        try
        {
            data = await Source.Connection.GraphQLAsync("query TransportFactSheet($id: ID!) { factSheet(id: $id) { type name } }",
                new JsonObject { ["id"] = id.ToString() }, cancellationToken).ConfigureAwait(false);
        }
        catch (LeanIXRequestFailedException)
        {
            return null; // not a fact sheet id either: the caller reports the id as unknown
        }
        if (data["factSheet"] is not JsonObject factSheet || (string?)factSheet["type"] is not { } type || (string?)factSheet["name"] is not { } name)
            return null;
        var model = await TargetModelAsync(cancellationToken).ConfigureAwait(false);
        if (!model.Types.ContainsKey(type)) return $"!fact sheet {type} '{name}': type {type} does not exist in the target's data model";
        try
        {
            return (await Target.FactSheets.GetAsync(type, name, cancellationToken).ConfigureAwait(false)).Id.ToString();
        }
        catch (LeanIXNotFoundException)
        {
            return $"!fact sheet {type} '{name}' does not exist in the target";
        }
        catch (LeanIXAmbiguousNameException)
        {
            return $"!fact sheet {type} '{name}' is ambiguous in the target (several of that name)";
        }
    }

    /// <summary>The natural key of a tag: <c>Group/Tag</c>, or the tag name alone when ungrouped.</summary>
    public static string TagKey(string? group, string tag) => group is null ? tag : $"{group}/{tag}";
}
