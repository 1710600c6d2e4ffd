namespace LeanIX.Client;

/// <summary>A fact sheet type of the workspace's data model, custom types included.</summary>
public sealed class FactSheetTypeModel
{
    internal FactSheetTypeModel(string key, IReadOnlyDictionary<string, FieldModel> fields, IReadOnlyDictionary<string, RelationModel> relations)
    {
        Key = key;
        Fields = fields;
        Relations = relations;
    }

    /// <summary>The data model the type belongs to (set once when the model is read).</summary>
    internal LeanIXDataModel Model { get; set; } = null!;

    /// <summary>The type key, e.g. <c>Application</c>.</summary>
    public string Key { get; }

    /// <summary>Fields by key.</summary>
    public IReadOnlyDictionary<string, FieldModel> Fields { get; }

    /// <summary>Directional relations usable from this type, by key.</summary>
    public IReadOnlyDictionary<string, RelationModel> Relations { get; }

    /// <summary>The plural name used for navigation, e.g. <c>businessCapabilities</c> for BusinessCapability.</summary>
    public string PluralName => LeanIX.Shared.Plurals.OfTypeKey(Key);

    /// <summary>
    /// The relation for a relation key (<c>relApplicationToBusinessCapability</c>) or a plural target
    /// type name (<c>businessCapabilities</c>). Two relations to the same type make the plural
    /// ambiguous; the error then lists their keys.
    /// </summary>
    public RelationModel Relation(string keyOrPlural)
    {
        if (Relations.TryGetValue(keyOrPlural, out var byKey)) return byKey;
        var matches = Relations.Values
            .Where(r => string.Equals(LeanIX.Shared.Plurals.OfTypeKey(r.TargetType), keyOrPlural, StringComparison.OrdinalIgnoreCase)
                        || string.Equals(r.Key, keyOrPlural, StringComparison.OrdinalIgnoreCase))
            .ToList();
        return matches.Count switch
        {
            1 => matches[0],
            0 => throw new ArgumentException(
                $"{Key} has no relation '{keyOrPlural}'. Known: {string.Join(", ", Relations.Keys.Order(StringComparer.Ordinal))}.", nameof(keyOrPlural)),
            _ => throw new ArgumentException(
                $"'{keyOrPlural}' is ambiguous on {Key}: use one of the relation keys {string.Join(", ", matches.Select(m => m.Key))}.", nameof(keyOrPlural))
        };
    }
}
