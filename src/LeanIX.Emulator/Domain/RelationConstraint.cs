namespace LeanIX.Emulator.Domain;

/// <summary>
/// D90: a relation of <see cref="FactSheetId"/> (the constrained one, e.g. Application→ITComponent) that holds only
/// in the scope of another relation of the same fact sheet (the constraining one, e.g. Application→UserGroup).
/// Stored by relation id, so a switch keeps it; it is indexed under <see cref="FactSheetId"/>, the end both
/// relations share.
/// </summary>
public sealed class RelationConstraint : IEntity<RelationConstraint>
{
    public Guid Id { get; set; }
    public Guid FactSheetId { get; set; }
    public Guid ConstrainedRelationId { get; set; }
    public Guid ConstrainingRelationId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    public RelationConstraint Clone() => (RelationConstraint)MemberwiseClone();
}
