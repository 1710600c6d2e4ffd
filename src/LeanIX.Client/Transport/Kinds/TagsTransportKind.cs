using System.Text.Json.Nodes;

namespace LeanIX.Client.Transport.Kinds;

/// <summary>
/// Tag groups and their tags (seed <c>transport_tags</c>: upsertTagGroup/upsertTag, admin.md Appendix A). Keys: the group
/// name; <c>Group/Tag</c> for a tag, <c>/Tag</c> for an ungrouped one. Selecting a group brings its tags; selecting a tag
/// brings its group. Groups are written before their tags and deleted after them.
/// </summary>
public sealed class TagsTransportKind : ITransportKind
{
    private const int GroupOrder = 0;
    private const int TagOrder = 1;

    /// <inheritdoc/>
    public string Name => "tags";

    /// <inheritdoc/>
    public string Description => "tag groups and tags";

    /// <inheritdoc/>
    public IReadOnlySet<string> SecretFields { get; } = new HashSet<string>();

    /// <inheritdoc/>
    public async Task<IReadOnlyList<TransportElement>> ReadAsync(LeanIXClient workspace, TransportSelection selection, CancellationToken cancellationToken)
    {
        workspace.Tags.Reload();
        var groups = await workspace.Tags.GroupsAsync(cancellationToken).ConfigureAwait(false);
        var tags = await workspace.Tags.AllAsync(cancellationToken).ConfigureAwait(false);
        var selectedTags = tags.Where(t => t.Group is { } g ? selection.Includes(g.Name, TagKey(t)) : selection.Includes(t.Name, TagKey(t))).ToList();
        var selectedGroups = groups.Where(g => selection.Includes(g.Name) || selectedTags.Any(t => t.Group?.Id == g.Id));
        return
        [
            .. selectedGroups.Select(g => new TransportElement(g.Name, new JsonObject
            {
                ["name"] = g.Name, ["shortName"] = g.ShortName, ["description"] = g.Description, ["mode"] = g.Mode, ["mandatory"] = g.Mandatory,
                ["restrictToFactSheetTypes"] = Array(g.RestrictToFactSheetTypes), ["mandatoryForFactSheetTypes"] = Array(g.MandatoryForFactSheetTypes)
            }, g.Id.ToString(), GroupOrder)),
            .. selectedTags.Select(t => new TransportElement(TagKey(t), new JsonObject
            {
                ["group"] = t.Group?.Name, ["name"] = t.Name, ["description"] = t.Description, ["color"] = t.Color, ["status"] = t.Status
            }, t.Id.ToString(), TagOrder))
        ];
    }

    /// <inheritdoc/>
    public async Task<TransportElement> RemapAsync(TransportElement source, TransportReferences references, CancellationToken cancellationToken)
    {
        // Tags refer to their group by name, which the transport carries along; groups refer to fact sheet types.
        if (source.Order == GroupOrder)
            await references.CheckFactSheetTypesAsync(source.Texts("restrictToFactSheetTypes").Concat(source.Texts("mandatoryForFactSheetTypes")).Distinct(),
                $"tag group '{source.Key}'", cancellationToken).ConfigureAwait(false);
        return source;
    }

    /// <inheritdoc/>
    public Task CreateAsync(LeanIXClient target, TransportElement desired, CancellationToken cancellationToken) => WriteAsync(target, desired, cancellationToken);

    /// <inheritdoc/>
    public Task UpdateAsync(LeanIXClient target, TransportElement current, TransportElement desired, CancellationToken cancellationToken) =>
        WriteAsync(target, desired, cancellationToken);

    /// <inheritdoc/>
    public Task DeleteAsync(LeanIXClient target, TransportElement current, CancellationToken cancellationToken) =>
        current.Order == GroupOrder
            ? target.Tags.DeleteTagGroupAsync(Guid.Parse(current.Handle!), cancellationToken)
            : target.Tags.DeleteTagAsync(Guid.Parse(current.Handle!), cancellationToken);

    /// <summary>
    /// An upsert with every member given: the upserts keep a member sent as null (D82), so a cleared text is sent as ""
    /// and cleared lists as [] for the target to end up equal.
    /// </summary>
    private static async Task WriteAsync(LeanIXClient target, TransportElement e, CancellationToken cancellationToken)
    {
        if (e.Order == GroupOrder)
            await target.Tags.UpsertTagGroupAsync(e.Text("name")!, e.Text("shortName") ?? "", e.Text("description") ?? "", e.Text("mode") ?? "MULTIPLE",
                e.Flag("mandatory") ?? false, e.Texts("restrictToFactSheetTypes"), e.Texts("mandatoryForFactSheetTypes"), cancellationToken).ConfigureAwait(false);
        else
            await target.Tags.UpsertTagAsync(e.Text("group"), e.Text("name")!, e.Text("description") ?? "", e.Text("color"), e.Text("status") ?? "ACTIVE",
                cancellationToken).ConfigureAwait(false);
    }

    private static string TagKey(Tag tag) => (tag.Group?.Name ?? "") + "/" + tag.Name;

    private static JsonArray Array(IEnumerable<string> items) => new(items.Order(StringComparer.Ordinal).Select(i => (JsonNode?)i).ToArray());
}
