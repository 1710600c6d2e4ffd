namespace LeanIX.Client.Transport;

/// <summary>
/// One kind of configuration that <see cref="TransportClient"/> moves between workspaces (tags, roles, webhooks…). A kind
/// only reads, writes and rewrites its own elements; matching by natural key, field-level comparison, conflicts, backups,
/// restore and idempotency are the engine's, the same for every kind. A new kind is one class implementing this
/// interface, added to <see cref="TransportKinds.BuiltIn"/> (or registered on one client with <see cref="TransportClient.Register"/>).
/// </summary>
public interface ITransportKind
{
    /// <summary>The name on the command line (<c>--kind tags</c>); lower case.</summary>
    string Name { get; }

    /// <summary>What the kind moves, for help texts.</summary>
    string Description { get; }

    /// <summary>
    /// Field paths (as in <see cref="FieldDifference.Field"/>) whose values are secrets: plans show them as changed but
    /// never print them.
    /// </summary>
    IReadOnlySet<string> SecretFields { get; }

    /// <summary>
    /// Reads the elements of <paramref name="workspace"/> that <paramref name="selection"/> picks, each keyed by its natural
    /// key and holding in <see cref="TransportElement.Fields"/> everything needed to recreate it there (that is also what a
    /// backup keeps). Called on the source for what to move and on the target for the candidates to match against.
    /// </summary>
    Task<IReadOnlyList<TransportElement>> ReadAsync(LeanIXClient workspace, TransportSelection selection, CancellationToken cancellationToken);

    /// <summary>
    /// Rewrites the workspace-specific references of a source element (ids of tags, roles, fact sheets; fact sheet types)
    /// into the target's. A reference that cannot be resolved is reported to <paramref name="references"/>
    /// (<see cref="TransportReferences.Unresolved"/>), which makes the element a conflict; it is never dropped silently.
    /// </summary>
    Task<TransportElement> RemapAsync(TransportElement source, TransportReferences references, CancellationToken cancellationToken);

    /// <summary>Creates <paramref name="desired"/> in the target.</summary>
    Task CreateAsync(LeanIXClient target, TransportElement desired, CancellationToken cancellationToken);

    /// <summary>Changes the target's <paramref name="current"/> element into <paramref name="desired"/> (same natural key).</summary>
    Task UpdateAsync(LeanIXClient target, TransportElement current, TransportElement desired, CancellationToken cancellationToken);

    /// <summary>Deletes the target's <paramref name="current"/> element (only ever asked for with <c>deleteMissing</c>).</summary>
    Task DeleteAsync(LeanIXClient target, TransportElement current, CancellationToken cancellationToken);
}
