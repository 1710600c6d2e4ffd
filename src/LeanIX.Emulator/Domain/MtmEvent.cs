namespace LeanIX.Emulator.Domain;

/// <summary>
/// One entry of MTM's change log (admin.md §9, RUBY-MTM <c>Event</c>): what happened to a user (<see cref="UserId"/>) and
/// who did it (<see cref="ActorId"/>). A technical user's changelog is its events; its creator is the actor of the oldest.
/// </summary>
public sealed class MtmEvent : IEntity<MtmEvent>
{
    public Guid Id { get; set; }
    public required string Type { get; set; }
    public Guid UserId { get; set; }
    public Guid? ActorId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    public MtmEvent Clone() => (MtmEvent)MemberwiseClone();
}
