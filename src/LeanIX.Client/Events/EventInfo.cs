namespace LeanIX.Client.Events;

/// <summary>What an event changed: relations created, removed and updated, and the fact sheets affected.</summary>
public sealed record EventInfo
{
    /// <summary>Relations that now exist and did not before (created, or the new end of a switch).</summary>
    public IReadOnlyList<RelationChange> CreatedRelations { get; init; } = [];

    /// <summary>Relations that no longer exist (deleted, archived, or the old end of a switch).</summary>
    public IReadOnlyList<RelationChange> RemovedRelations { get; init; } = [];

    /// <summary>Relations whose fields or validity changed.</summary>
    public IReadOnlyList<RelationChange> UpdatedRelations { get; init; } = [];

    /// <summary>Every fact sheet the event touches, each once.</summary>
    public IReadOnlyList<Guid> AffectedFactSheets { get; init; } = [];

    internal static EventInfo Of(LeanIXEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        List<RelationChange> created = [], removed = [], updated = [];
        var affected = new List<Guid>();
        void Affect(Guid? id) { if (id is { } g && g != Guid.Empty && !affected.Contains(g)) affected.Add(g); }

        switch (e)
        {
            case RelationSwitchEvent s:
                var now = RelationChange.From(s);
                created.Add(now);
                if (s.OldToId is { } oldTo) removed.Add(now with { ToId = oldTo }); // same relation and types, the previous target (D30)
                Affect(now.FromId); Affect(s.OldToId); Affect(now.ToId);
                break;
            case RelationEvent r:
                var change = RelationChange.From(r);
                (r switch { RelationCreatedEvent => created, RelationUpdatedEvent => updated, _ => removed }).Add(change);
                Affect(change.FromId); Affect(change.ToId);
                break;
            case FactSheetArchivedEvent a:
                Affect(a.FsIdAndRev?.Id);
                foreach (var f in a.AffectedFactSheetIdAndRev) Affect(f.Id);
                break;
            case FactSheetReferenceEvent f:
                Affect(f.FsIdAndRev?.Id);
                break;
            case FactSheetCreatedEvent c:
                Affect(c.FactSheet?.Id);
                break;
            case FactSheetUpdatedEvent u:
                Affect(u.FactSheet?.Id);
                break;
            case FactSheetViewedEvent v:
                Affect(v.FactSheetId);
                break;
            case AutomationTriggeredEvent t:
                Affect(t.FactSheet?.Id);
                break;
        }
        return new EventInfo { CreatedRelations = created, RemovedRelations = removed, UpdatedRelations = updated, AffectedFactSheets = affected };
    }
}

/// <summary>One relation in an <see cref="EventInfo"/>.</summary>
/// <param name="RelationId">The relation id.</param>
/// <param name="Type">The relation name from the <c>from</c> side.</param>
/// <param name="FromId">The <c>from</c> fact sheet.</param>
/// <param name="ToId">The <c>to</c> fact sheet.</param>
/// <param name="FromType">The <c>from</c> fact sheet type.</param>
/// <param name="ToType">The <c>to</c> fact sheet type.</param>
public sealed record RelationChange(Guid RelationId, string? Type, Guid FromId, Guid ToId, string? FromType, string? ToType)
{
    internal static RelationChange From(RelationEvent e)
    {
        // Prefer the relation object; fall back to the details when a payload omits it.
        var from = e.Relation?.FromId is { } f && f != Guid.Empty ? f : e.FromDetails?.FactSheetInfos?.IdAndRev?.Id ?? Guid.Empty;
        var to = e.Relation?.ToId is { } t && t != Guid.Empty ? t : e.ToDetails?.FactSheetInfos?.IdAndRev?.Id ?? Guid.Empty;
        return new RelationChange(e.RelationId != Guid.Empty ? e.RelationId : e.Relation?.Id ?? Guid.Empty,
            e.Relation?.Type ?? e.FromDetails?.EffectiveRelationName, from, to,
            e.Relation?.TypeFromFS ?? e.FromDetails?.FactSheetInfos?.Type, e.Relation?.TypeToFS ?? e.ToDetails?.FactSheetInfos?.Type);
    }
}
