using LeanIX.Client.Wire;

namespace LeanIX.Client.Calculations;

/// <summary>
/// Calculations (<c>lx.Calculations</c>, admin.md §8.1, D57). LeanIX publishes no REST path for them; D57 fixes
/// <c>/services/calculations/v1/calculations</c> (bare JSON, Spring-style errors), changeable with <see cref="BasePath"/>.
/// A calculation's code is also a managed-code configuration with the same id (<c>lx.ManagedCode</c>, capability CALCULATIONS),
/// whose execution log lists its runs.
/// </summary>
public sealed class CalculationsClient
{
    private readonly LeanIXConnection _connection;

    internal CalculationsClient(LeanIXConnection connection) => _connection = connection;

    private static LeanIXJsonContext Wire => LeanIXConnection.Wire;

    /// <summary>The service path, relative to the instance (D57: the real path is not published).</summary>
    public string BasePath { get; set; } = "services/calculations/v1/calculations";

    /// <summary>Every calculation of the workspace, by name.</summary>
    public async Task<IReadOnlyList<Calculation>> ListAsync(CancellationToken cancellationToken = default) =>
        await _connection.SendAsync(HttpMethod.Get, BasePath, Wire.ListCalculation, null, null, cancellationToken).ConfigureAwait(false);

    /// <summary>One calculation.</summary>
    /// <exception cref="LeanIXNotFoundException">There is none with this id.</exception>
    public async Task<Calculation> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        await _connection.SendAsync(HttpMethod.Get, $"{BasePath}/{IdArgument.NotEmpty(id, "calculation")}", Wire.Calculation, null, null, cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// Creates a calculation; it is stored as sent with the server's members (id, owner, target field type). A second
    /// calculation of the same target field is refused (409).
    /// </summary>
    public async Task<Calculation> CreateAsync(Calculation calculation, CancellationToken cancellationToken = default)
    {
        Validate(calculation);
        var body = LeanIXConnection.Serialize(calculation with { Id = null, CreatedAt = null, UpdatedAt = null }, Wire.Calculation);
        return await _connection.SendAsync(HttpMethod.Post, BasePath, Wire.Calculation, body, null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Replaces a loaded calculation (its <see cref="Calculation.Id"/> says which).</summary>
    public async Task<Calculation> UpdateAsync(Calculation calculation, CancellationToken cancellationToken = default)
    {
        Validate(calculation);
        var id = calculation.Id ?? throw new ArgumentException("Only a calculation with an id can be updated; create it first.", nameof(calculation));
        var body = LeanIXConnection.Serialize(calculation, Wire.Calculation);
        return await _connection.SendAsync(HttpMethod.Put, $"{BasePath}/{IdArgument.NotEmpty(id, "calculation")}", Wire.Calculation, body, null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Deletes a calculation (and its managed-code configuration).</summary>
    /// <exception cref="LeanIXNotFoundException">There is none with this id.</exception>
    public async Task DeleteAsync(Guid id, CancellationToken cancellationToken = default) =>
        await _connection.RequestAsync($"{BasePath}/{IdArgument.NotEmpty(id, "calculation")}", HttpMethod.Delete, null, null, cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// Deletes every calculation of the workspace, the seed's <c>delete_calculations(interactive=True)</c>: the calculations
    /// are listed and <paramref name="confirm"/> is asked with them; unless it answers true nothing is deleted. Pass
    /// <c>_ => true</c> for the seed's <c>interactive=False</c>. Returns the calculations deleted.
    /// </summary>
    public async Task<IReadOnlyList<Calculation>> DeleteCalculationsAsync(Func<IReadOnlyList<Calculation>, bool> confirm,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(confirm);
        var all = await ListAsync(cancellationToken).ConfigureAwait(false);
        if (all.Count == 0 || !confirm(all)) return [];
        foreach (var calculation in all) await DeleteAsync(calculation.Id!.Value, cancellationToken).ConfigureAwait(false);
        return all;
    }

    private static void Validate(Calculation calculation)
    {
        ArgumentNullException.ThrowIfNull(calculation);
        if (string.IsNullOrWhiteSpace(calculation.Name)) throw new ArgumentException("A calculation needs a name.", nameof(calculation));
        if (string.IsNullOrWhiteSpace(calculation.AffectedFactSheetType) || string.IsNullOrWhiteSpace(calculation.AffectedFieldKey))
            throw new ArgumentException("A calculation needs its target: AffectedFactSheetType and AffectedFieldKey.", nameof(calculation));
        if (string.IsNullOrWhiteSpace(calculation.Code)) throw new ArgumentException("A calculation needs its code.", nameof(calculation));
    }

}
