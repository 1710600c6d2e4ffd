using System.Text.Json.Nodes;
using LeanIX.Client.ManagedCode;

namespace LeanIX.Client.Transport.Kinds;

/// <summary>
/// Managed code execution configurations (seed <c>transport_managed_code_executions</c>: POST executionConfigurations,
/// admin.md §8.3, D58), keyed by <c>CAPABILITY/name</c>. Configurations of capability AUTOMATIONS are automation scripts
/// (POST <c>/scripts</c> stores them so, §8.2) and those of capability CALCULATIONS are calculations' code (D57): they
/// belong to <see cref="AutomationsTransportKind"/> and <see cref="CalculationsTransportKind"/>, which move them with
/// what runs them, so this kind skips them and nothing is moved twice. What is left is code of other capabilities
/// (WEBHOOKS). LeanIX does not delete configurations yet (405, D58): a delete asked for fails and is reported.
/// </summary>
public sealed class ManagedCodeTransportKind : ITransportKind
{
    private static readonly HashSet<string> OwnedByOtherKinds =
        new(StringComparer.OrdinalIgnoreCase) { ManagedCodeCapability.Automations, ManagedCodeCapability.Calculations };

    /// <inheritdoc/>
    public string Name => "managed-code";

    /// <inheritdoc/>
    public string Description => "managed code configurations (not those of automations or calculations)";

    /// <inheritdoc/>
    public IReadOnlySet<string> SecretFields { get; } = new HashSet<string>();

    /// <inheritdoc/>
    public async Task<IReadOnlyList<TransportElement>> ReadAsync(LeanIXClient workspace, TransportSelection selection, CancellationToken cancellationToken)
    {
        var configurations = await workspace.ManagedCode.ListConfigurationsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        return configurations
            .Where(c => c.Capability?.Type is { } capability && !OwnedByOtherKinds.Contains(capability))
            .Where(c => selection.Includes(Key(c), c.Name) && (selection.Type is null || selection.Type.Equals(c.Capability!.Type, StringComparison.OrdinalIgnoreCase)))
            .Select(c => new TransportElement(Key(c), new JsonObject
            {
                ["name"] = c.Name, ["description"] = c.Description, ["active"] = c.Active, ["code"] = c.Code, ["language"] = c.Language,
                ["capability"] = c.Capability!.Type
            }, c.Id?.ToString())).ToList();
    }

    /// <inheritdoc/>
    public Task<TransportElement> RemapAsync(TransportElement source, TransportReferences references, CancellationToken cancellationToken) =>
        Task.FromResult(source); // JavaScript refers to nothing by id the transport could see; the capability is part of the key

    /// <inheritdoc/>
    public Task CreateAsync(LeanIXClient target, TransportElement desired, CancellationToken cancellationToken) =>
        target.ManagedCode.CreateConfigurationAsync(Configuration(desired), cancellationToken);

    /// <inheritdoc/>
    public Task UpdateAsync(LeanIXClient target, TransportElement current, TransportElement desired, CancellationToken cancellationToken) =>
        target.ManagedCode.UpdateConfigurationAsync(Configuration(desired) with { Id = Guid.Parse(current.Handle!) }, cancellationToken);

    /// <inheritdoc/>
    public Task DeleteAsync(LeanIXClient target, TransportElement current, CancellationToken cancellationToken) =>
        target.ManagedCode.DeleteConfigurationAsync(Guid.Parse(current.Handle!), cancellationToken);

    private static ExecutionConfiguration Configuration(TransportElement e) => new()
    {
        Name = e.Text("name") ?? throw new ArgumentException($"Managed code '{e.Key}' has no name."),
        Description = e.Text("description") ?? "", Active = e.Flag("active"), Code = e.Text("code") ?? "",
        Language = e.Text("language"), Capability = new ManagedCodeCapability(e.Text("capability") ?? ManagedCodeCapability.Webhooks)
    };

    private static string Key(ExecutionConfiguration c) => $"{c.Capability?.Type}/{c.Name}";
}
