using System.Text;

namespace LeanIX.Client;

/// <summary>
/// Builds the GraphQL selection that loads a whole fact sheet of a type: base fields (D10), tags (D13),
/// subscriptions (D14), documents (D15), every data-model field with its sub-selection, and every
/// relation with its attributes and the other end (D12). Generated from the workspace's own model, so
/// custom fields and relations are included.
/// </summary>
internal static class FactSheetSelection
{
    public const string Reference = "id name displayName type status";

    public const string Base = """
        id name displayName fullName description type category level status lxState qualitySeal rev createdAt updatedAt naFields completion { completion percentage }
        tags { id name description color status tagGroup { id name shortName mode } }
        subscriptions { edges { node { id type createdAt user { id userName email firstName lastName displayName technicalUser status permission { role status } } roles { id name description comment subscriptionType } } } }
        documents { edges { node { id name url description origin documentType metadata refId createdAt } } }
        """;

    private const string Location = "rawAddress latitude longitude geoCity geoCountry geoCountryCode geoPostalCode geoStreet geoHouseNumber geoState geoStateCode placeId";

    public static string For(FactSheetTypeModel type) => Fragment(new StringBuilder(Base), type).ToString();

    private static StringBuilder Fragment(StringBuilder sb, FactSheetTypeModel type)
    {
        sb.Append(" ... on ").Append(type.Key).Append(" {");
        foreach (var field in type.Fields.Values)
        {
            if (field.Key is "name" or "description") continue;
            var sub = SubSelection(field.Type);
            if (sub is null) continue;
            sb.Append(' ').Append(field.Key).Append(sub);
        }
        foreach (var relation in type.Relations.Values)
        {
            sb.Append(' ').Append(relation.Key).Append(" { edges { node { id activeFrom activeUntil description");
            foreach (var field in relation.Fields.Values)
                if (SubSelection(field.Type) is { } sub) sb.Append(' ').Append(field.Key).Append(sub);
            sb.Append(" factSheet { ").Append(Reference).Append(" } } } }");
        }
        sb.Append(" }");
        return sb;
    }

    /// <summary>The sub-selection a field type needs (D10/D11); null for types the GraphQL API does not expose.</summary>
    private static string? SubSelection(string type) => type switch
    {
        "STRING" or "SINGLE_SELECT" or "MULTIPLE_SELECT" or "INTEGER" or "DOUBLE" => "",
        "LIFECYCLE" => " { asString phases { phase startDate milestoneId } }",
        "EXTERNAL_ID" => " { type externalId externalUrl comment status }",
        "LOCATION" => " { " + Location + " }",
        _ => null
    };
}
