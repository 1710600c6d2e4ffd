using LeanIX.Emulator.Domain;

namespace LeanIX.Emulator.Store;

/// <summary>How each entity kind is indexed under the fact sheets it belongs to.</summary>
internal static class EntityOwners
{
    public static IEnumerable<Guid> Relation(Relation r) => [r.FromId, r.ToId];
    public static IEnumerable<Guid> Subscription(Subscription s) => [s.FactSheetId];
    public static IEnumerable<Guid> Document(Document d) => [d.FactSheetId];
    public static IEnumerable<Guid> Tag(Tag t) => t.TagGroupId is { } g ? [g] : [];
}
