using System.Text.Json.Nodes;

namespace LeanIX.Client.Transport.Kinds;

/// <summary>
/// Integration API processor configurations (seed <c>transport_integrations</c>: PUT configurations, admin.md §1.3),
/// keyed by connector identity <c>type/id/version/direction/mode</c>. Processors' fact sheet types must exist in the target.
/// </summary>
public sealed class IntegrationsTransportKind : ITransportKind
{
    /// <inheritdoc/>
    public string Name => "integrations";

    /// <inheritdoc/>
    public string Description => "Integration API processor configurations";

    /// <inheritdoc/>
    public IReadOnlySet<string> SecretFields { get; } = new HashSet<string>();

    /// <inheritdoc/>
    public async Task<IReadOnlyList<TransportElement>> ReadAsync(LeanIXClient workspace, TransportSelection selection, CancellationToken cancellationToken)
    {
        var configurations = await workspace.Integrations.GetConfigurationsAsync(cancellationToken).ConfigureAwait(false);
        return configurations.Where(c => selection.Includes(Key(c.Identity), c.Identity.ConnectorId, c.Identity.ConnectorType))
            .Select(c => new TransportElement(Key(c.Identity), c.Json)).ToList();
    }

    /// <inheritdoc/>
    public async Task<TransportElement> RemapAsync(TransportElement source, TransportReferences references, CancellationToken cancellationToken)
    {
        // A processor's "type" names a fact sheet type, or a relation for relation processors, unless it is an expression (admin.md §1.3).
        foreach (var processor in (source.Fields["processors"] as JsonArray ?? []).OfType<JsonObject>())
        {
            if (processor["type"] is not JsonValue v || !v.TryGetValue<string>(out var type) || type.Contains("${", StringComparison.Ordinal)) continue;
            var where = $"integration '{source.Key}', processor '{(string?)processor["processorName"]}'";
            if (((string?)processor["processorType"])?.Contains("Relation", StringComparison.OrdinalIgnoreCase) == true)
            {
                if (!await references.TargetHasFieldOrRelationAsync(type, cancellationToken).ConfigureAwait(false))
                    references.Unresolved($"{where}: relation '{type}' does not exist in the target's data model.");
            }
            else
                await references.CheckFactSheetTypesAsync([type], where, cancellationToken).ConfigureAwait(false);
        }
        return source;
    }

    /// <inheritdoc/>
    public Task CreateAsync(LeanIXClient target, TransportElement desired, CancellationToken cancellationToken) =>
        target.Integrations.CreateOrUpdateConfigurationAsync(new IntegrationConfiguration(desired.Fields), cancellationToken);

    /// <inheritdoc/>
    public Task UpdateAsync(LeanIXClient target, TransportElement current, TransportElement desired, CancellationToken cancellationToken) =>
        target.Integrations.CreateOrUpdateConfigurationAsync(new IntegrationConfiguration(desired.Fields), cancellationToken);

    /// <inheritdoc/>
    public Task DeleteAsync(LeanIXClient target, TransportElement current, CancellationToken cancellationToken) =>
        target.Integrations.DeleteConfigurationAsync(new IntegrationConfiguration(current.Fields).Identity, cancellationToken);

    private static string Key(ConnectorIdentity i) =>
        $"{i.ConnectorType}/{i.ConnectorId}/{i.ConnectorVersion}/{i.ProcessingDirection}/{i.ProcessingMode}";
}
