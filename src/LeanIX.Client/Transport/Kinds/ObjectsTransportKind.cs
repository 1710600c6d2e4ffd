using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace LeanIX.Client.Transport.Kinds;

/// <summary>
/// Objects: bookmarks (saved searches, reports, diagrams, dashboards; seed <c>transport_objects</c> with type, subtype and
/// list, admin.md §5). Keyed <c>TYPE/name</c>; the selection's type is the bookmark type, its subtype the group key.
/// Ids in a bookmark's state and permitted users (tags, tag groups, roles, users, fact sheets, a diagram's
/// <c>factSheetId="…"</c>) are remapped to the target's; facet keys and fact sheet types must exist in the target's data
/// model. Predefined (workspace-provided) bookmarks are not moved; the owner is whoever applies.
/// </summary>
public sealed partial class ObjectsTransportKind : ITransportKind
{
    private static readonly string[] ServerFields =
        ["id", "userId", "user", "createdAt", "updatedAt", "views", "readonly", "referencedFactSheetIds", "predefined"];

    /// <summary>Facet keys that are not fields or relations (graphql.md, global facet keys).</summary>
    private static readonly HashSet<string> GlobalFacets = new(StringComparer.Ordinal)
        { "FactSheetTypes", "hierarchyLevel", "Subscriptions", "DataQuality", "lxState", "TrashBin", "_TAGS_" };

    /// <inheritdoc/>
    public string Name => "objects";

    /// <inheritdoc/>
    public string Description => "bookmarks: saved searches, reports, diagrams, dashboards (select type=…, subtype=<group key>, names)";

    /// <inheritdoc/>
    public IReadOnlySet<string> SecretFields { get; } = new HashSet<string>();

    /// <inheritdoc/>
    public async Task<IReadOnlyList<TransportElement>> ReadAsync(LeanIXClient workspace, TransportSelection selection, CancellationToken cancellationToken)
    {
        var types = selection.Type is { } type ? [type.ToUpperInvariant()] : BookmarkTypes.All;
        var elements = new List<TransportElement>();
        foreach (var bookmarkType in types)
        {
            var bookmarks = await workspace.Bookmarks.ListAsync(bookmarkType, selection.Subtype, cancellationToken).ConfigureAwait(false);
            foreach (var bookmark in bookmarks.Where(b => b.Predefined != true && selection.Includes(b.Name, Key(b))))
            {
                var fields = (JsonObject)JsonSerializer.SerializeToNode(bookmark, LeanIXConnection.Wire.Bookmark)!;
                foreach (var name in ServerFields) fields.Remove(name);
                elements.Add(new TransportElement(Key(bookmark), fields, bookmark.Id?.ToString()));
            }
        }
        return elements;
    }

    /// <inheritdoc/>
    public async Task<TransportElement> RemapAsync(TransportElement source, TransportReferences references, CancellationToken cancellationToken)
    {
        var fields = (JsonObject)source.Fields.DeepClone();
        foreach (var member in new[] { "state", "permittedReadUserIds", "permittedWriteUserIds" })
            if (fields[member] is { } node)
                fields[member] = await RemapAsync(node, member, references, cancellationToken).ConfigureAwait(false);
        return source with { Fields = fields };
    }

    private static async Task<JsonNode?> RemapAsync(JsonNode? node, string path, TransportReferences references, CancellationToken cancellationToken)
    {
        switch (node)
        {
            case JsonObject o:
                await CheckModelReferencesAsync(o, path, references, cancellationToken).ConfigureAwait(false);
                var result = new JsonObject();
                foreach (var (name, value) in o)
                    result[name] = await RemapAsync(value, $"{path}.{name}", references, cancellationToken).ConfigureAwait(false);
                return result;
            case JsonArray a:
                var items = new List<JsonNode?>();
                for (var i = 0; i < a.Count; i++)
                    items.Add(await RemapAsync(a[i], $"{path}[{i}]", references, cancellationToken).ConfigureAwait(false));
                return new JsonArray([.. items]);
            case JsonValue v when v.TryGetValue<string>(out var text):
                return await RemapTextAsync(text, path, references, cancellationToken).ConfigureAwait(false);
            default:
                return node?.DeepClone();
        }
    }

    /// <summary>A whole-string id becomes the target's id; a diagram's <c>factSheetId="…"</c> attributes are rewritten inside the text.</summary>
    private static async Task<string> RemapTextAsync(string text, string path, TransportReferences references, CancellationToken cancellationToken)
    {
        if (Guid.TryParseExact(text, "D", out var id))
            return await references.RemapIdAsync(id, path, cancellationToken).ConfigureAwait(false) ?? text;
        var matches = FactSheetIdAttribute().Matches(text);
        if (matches.Count == 0) return text;
        var mapped = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var value in matches.Select(m => m.Groups["id"].Value).Distinct(StringComparer.OrdinalIgnoreCase))
            mapped[value] = await references.RemapIdAsync(Guid.Parse(value), $"{path} (factSheetId)", cancellationToken).ConfigureAwait(false) ?? value;
        return FactSheetIdAttribute().Replace(text, m => $"factSheetId=\"{mapped[m.Groups["id"].Value]}\"");
    }

    /// <summary>Facet keys and fact sheet types a filter names must exist in the target's data model (e.g. a v3 relation in a v4 workspace).</summary>
    private static async Task CheckModelReferencesAsync(JsonObject o, string path, TransportReferences references, CancellationToken cancellationToken)
    {
        if (o["facetKey"] is JsonValue fk && fk.TryGetValue<string>(out var facetKey))
        {
            if (facetKey == "FactSheetTypes")
                await references.CheckFactSheetTypesAsync(Texts(o["keys"]), $"{path} (facet FactSheetTypes)", cancellationToken).ConfigureAwait(false);
            else if (!GlobalFacets.Contains(facetKey) && !Guid.TryParse(facetKey, out _)
                     && !await references.TargetHasFieldOrRelationAsync(facetKey, cancellationToken).ConfigureAwait(false))
                references.Unresolved($"{path}: facet '{facetKey}' is no field or relation of the target's data model.");
        }
        if (o["factSheetType"] is JsonValue t && t.TryGetValue<string>(out var factSheetType) && factSheetType != "Default")
            await references.CheckFactSheetTypesAsync([factSheetType], path, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public Task CreateAsync(LeanIXClient target, TransportElement desired, CancellationToken cancellationToken) =>
        target.Bookmarks.CreateAsync(Bookmark(desired), cancellationToken);

    /// <inheritdoc/>
    public async Task UpdateAsync(LeanIXClient target, TransportElement current, TransportElement desired, CancellationToken cancellationToken)
    {
        // A full PUT (admin.md §5.1): the target's owner stays.
        var existing = await target.Bookmarks.GetAsync(Guid.Parse(current.Handle!), markAsViewed: false, cancellationToken).ConfigureAwait(false);
        await target.Bookmarks.UpdateAsync(Bookmark(desired) with { Id = existing.Id, UserId = existing.UserId }, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public Task DeleteAsync(LeanIXClient target, TransportElement current, CancellationToken cancellationToken) =>
        target.Bookmarks.DeleteAsync(Guid.Parse(current.Handle!), cancellationToken);

    private static Bookmark Bookmark(TransportElement e)
    {
        var bookmark = e.Fields.Deserialize(LeanIXConnection.Wire.Bookmark) ?? throw new ArgumentException($"Bookmark '{e.Key}' has no settings.");
        return bookmark with { State = bookmark.State ?? [] };
    }

    private static string Key(Bookmark b) => $"{b.Type}/{b.Name}";

    private static IEnumerable<string> Texts(JsonNode? node) =>
        (node as JsonArray ?? []).Select(n => n is JsonValue v && v.TryGetValue<string>(out var s) ? s : null).OfType<string>();

    [GeneratedRegex("factSheetId=\"(?<id>[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\"")]
    private static partial Regex FactSheetIdAttribute();
}
