using LeanIX.Client.Events;

namespace LeanIX.Automation.Intake;

/// <summary>The fact sheet an event is about (its order key) and that fact sheet's type.</summary>
/// <param name="FactSheetId">The fact sheet, or null when the event names none.</param>
/// <param name="FactSheetType">Its type, when the event says.</param>
public sealed record EventSubject(Guid? FactSheetId, string? FactSheetType)
{
    /// <summary>Reads the subject of a typed event: the embedded fact sheet, <c>fsIdAndRev</c>/<c>fsType</c>, or a relation's <c>from</c> end.</summary>
    public static EventSubject Of(LeanIXEvent e) => e switch
    {
        FactSheetCreatedEvent c => new(NonEmpty(c.FactSheet?.Id), c.FactSheet?.Type),
        FactSheetUpdatedEvent u => new(NonEmpty(u.FactSheet?.Id), u.FactSheet?.Type),
        FactSheetReferenceEvent r => new(NonEmpty(r.FsIdAndRev?.Id), r.FsType),
        FactSheetViewedEvent v => new(NonEmpty(v.FactSheetId), null),
        RelationEvent rel => new(NonEmpty(rel.Relation?.FromId ?? rel.FromDetails?.FactSheetInfos?.IdAndRev?.Id),
            rel.Relation?.TypeFromFS ?? rel.FromDetails?.FactSheetInfos?.Type),
        AutomationTriggeredEvent a => new(NonEmpty(a.FactSheet?.Id), a.FactSheet?.Type),
        _ => new(null, null)
    };

    private static Guid? NonEmpty(Guid? id) => id is { } g && g != Guid.Empty ? g : null;
}
