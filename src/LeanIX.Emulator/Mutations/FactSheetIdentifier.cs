using LeanIX.Emulator.Domain;
using LeanIX.Emulator.Store;

namespace LeanIX.Emulator.Mutations;

/// <summary>
/// D90 <c>FactSheetIdentifierType</c>: <c>{id}</c> or <c>{externalId: {type, id}}</c> [I], where <c>type</c> is the
/// key of an EXTERNAL_ID field (<c>externalId</c>, <c>serviceNowExternalId</c>, …) and <c>id</c> its value.
/// </summary>
public sealed record FactSheetIdentifier(Guid? Id, string? ExternalIdField, string? ExternalId)
{
    /// <summary>The ACTIVE fact sheet it names; <paramref name="types"/> narrows an external id to the types that can take part.</summary>
    internal FactSheet Resolve(WorkspaceTransaction tx, string argument, IReadOnlyCollection<string>? types = null)
    {
        if (Id is { } id) return MutationGuards.RequireFactSheet(tx, id);
        if (string.IsNullOrEmpty(ExternalIdField) || string.IsNullOrEmpty(ExternalId))
            throw MutationException.BusinessLogic(MutationEntityType.FactSheet, null, null,
                $"'{argument}' needs an 'id' or an 'externalId' with 'type' and 'id'.");
        return ByExternalId(tx, ExternalIdField, ExternalId, types);
    }

    /// <summary>External ids are unique per type among ACTIVE fact sheets (D20); across types a match must be unique too.</summary>
    internal static FactSheet ByExternalId(WorkspaceTransaction tx, string field, string externalId, IReadOnlyCollection<string>? types = null)
    {
        var matches = tx.FactSheets.All.Where(fs => fs.IsActive && (types is null || types.Contains(fs.Type))
            && JsonInput.AsString(fs.Field(field)?["externalId"]) == externalId).ToList();
        return matches.Count switch
        {
            1 => matches[0],
            0 => throw MutationException.BusinessLogic(MutationEntityType.FactSheet, null, null,
                $"FactSheet with external id '{field}/{externalId}' not found"),
            _ => throw MutationException.BusinessLogic(MutationEntityType.FactSheet, null, null,
                $"External id '{field}/{externalId}' names {matches.Count} fact sheets of types {string.Join(", ", matches.Select(m => m.Type).Distinct())}.")
        };
    }
}
