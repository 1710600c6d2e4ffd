using System.Text.Json;
using System.Text.Json.Nodes;
using LeanIX.Client.Calculations;

namespace LeanIX.Client.Transport.Kinds;

/// <summary>
/// Calculations (seed <c>transport_calculations</c>, admin.md §8.1, D57), keyed by their target: <c>Type/field</c>, or
/// <c>Type/relation/field</c> for a relation calculation. The service allows one calculation per target field (409), so
/// the target is the natural key; a renamed calculation is an update, not a second one. The calculation's managed-code
/// configuration (same id, capability CALCULATIONS) moves with it; <see cref="ManagedCodeTransportKind"/> leaves it alone.
/// The owner and the server's members (target field type, error counts) stay the target's.
/// </summary>
public sealed class CalculationsTransportKind : ITransportKind
{
    private static readonly string[] ServerFields =
        ["id", "ownerId", "affectedFieldType", "invalid", "errorCount", "configurationErrorCount", "createdAt", "updatedAt"];

    /// <inheritdoc/>
    public string Name => "calculations";

    /// <inheritdoc/>
    public string Description => "calculations (with their managed code)";

    /// <inheritdoc/>
    public IReadOnlySet<string> SecretFields { get; } = new HashSet<string>();

    /// <inheritdoc/>
    public async Task<IReadOnlyList<TransportElement>> ReadAsync(LeanIXClient workspace, TransportSelection selection, CancellationToken cancellationToken)
    {
        var calculations = await workspace.Calculations.ListAsync(cancellationToken).ConfigureAwait(false);
        return calculations.Where(c => selection.Includes(Key(c), c.Name) && (selection.Type is null || Is(selection.Type, c.AffectedFactSheetType)))
            .Select(c =>
            {
                var fields = (JsonObject)JsonSerializer.SerializeToNode(c, LeanIXConnection.Wire.Calculation)!;
                foreach (var name in ServerFields) fields.Remove(name);
                return new TransportElement(Key(c), fields, c.Id?.ToString());
            }).ToList();
    }

    /// <inheritdoc/>
    public async Task<TransportElement> RemapAsync(TransportElement source, TransportReferences references, CancellationToken cancellationToken)
    {
        // The service refuses a calculation whose target type, field or relation the data model lacks (D57); say so in the plan instead.
        var where = $"calculation '{source.Text("name")}' ({source.Key})";
        var type = source.Text("affectedFactSheetType") ?? "";
        var model = await references.TargetModelAsync(cancellationToken).ConfigureAwait(false);
        if (!model.Types.TryGetValue(type, out var typeModel))
        {
            references.Unresolved($"{where}: fact sheet type '{type}' does not exist in the target's data model.");
            return source;
        }
        if (source.Text("type") == CalculationType.Relation)
        {
            var relation = source.Text("affectedRelationName") ?? "";
            if (!typeModel.Relations.ContainsKey(relation))
                references.Unresolved($"{where}: relation '{relation}' of {type} does not exist in the target's data model.");
        }
        else if (source.Text("affectedFieldKey") is { } field && !typeModel.Fields.ContainsKey(field))
            references.Unresolved($"{where}: field '{field}' of {type} does not exist in the target's data model.");
        return source;
    }

    /// <inheritdoc/>
    public Task CreateAsync(LeanIXClient target, TransportElement desired, CancellationToken cancellationToken) =>
        target.Calculations.CreateAsync(Calculation(desired), cancellationToken); // owned by the transporting user, as the service does

    /// <inheritdoc/>
    public async Task UpdateAsync(LeanIXClient target, TransportElement current, TransportElement desired, CancellationToken cancellationToken)
    {
        // A full PUT: the target's owner stays.
        var existing = await target.Calculations.GetAsync(Guid.Parse(current.Handle!), cancellationToken).ConfigureAwait(false);
        await target.Calculations.UpdateAsync(Calculation(desired) with { Id = existing.Id, OwnerId = existing.OwnerId }, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public Task DeleteAsync(LeanIXClient target, TransportElement current, CancellationToken cancellationToken) =>
        target.Calculations.DeleteAsync(Guid.Parse(current.Handle!), cancellationToken);

    private static Calculation Calculation(TransportElement e) =>
        e.Fields.Deserialize(LeanIXConnection.Wire.Calculation) ?? throw new ArgumentException($"Calculation '{e.Key}' has no settings.");

    private static string Key(Calculation c) => c.Type == CalculationType.Relation
        ? $"{c.AffectedFactSheetType}/{c.AffectedRelationName}/{c.AffectedFieldKey}"
        : $"{c.AffectedFactSheetType}/{c.AffectedFieldKey}";

    private static bool Is(string a, string b) => a.Equals(b, StringComparison.OrdinalIgnoreCase);
}
