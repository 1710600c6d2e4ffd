using System.Text.Json.Nodes;

namespace LeanIX.Client;

/// <summary>The attributes of a relation: validity, description and relation fields (D22).</summary>
public sealed class RelationAttributes
{
    /// <summary>Start of validity, YYYY-MM-DD.</summary>
    public string? ActiveFrom { get; set; }

    /// <summary>End of validity, YYYY-MM-DD.</summary>
    public string? ActiveUntil { get; set; }

    /// <summary>The relation's description.</summary>
    public string? Description { get; set; }

    /// <summary>Relation fields by key, typed JSON: numbers as numbers, multiple selects as lists (D22, D25).</summary>
    public Dictionary<string, JsonNode?> Fields { get; } = new(StringComparer.Ordinal);

    internal JsonObject ToJson(Guid target)
    {
        var value = new JsonObject { ["factSheetId"] = target.ToString() };
        if (ActiveFrom is not null) value["activeFrom"] = ActiveFrom;
        if (ActiveUntil is not null) value["activeUntil"] = ActiveUntil;
        if (Description is not null) value["description"] = Description;
        foreach (var (key, node) in Fields) value[key] = node?.DeepClone();
        return value;
    }

    /// <summary>The current attributes of a relation, to change some and keep the rest (replace sets them all, D22).</summary>
    public static RelationAttributes From(FactSheetRelation relation)
    {
        var attributes = new RelationAttributes { ActiveFrom = relation.ActiveFrom, ActiveUntil = relation.ActiveUntil, Description = relation.Description };
        foreach (var (key, node) in relation.Node)
            if (key is not ("id" or "activeFrom" or "activeUntil" or "description" or "factSheet" or "type")) attributes.Fields[key] = node?.DeepClone();
        return attributes;
    }
}
