using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using LeanIX.Client.Wire;

namespace LeanIX.Client.Transformations;

/// <summary>
/// Transformations (<c>lx.Transformations</c>, <c>/services/transformations/v1</c>, admin.md §12.5, D67): planned changes of
/// applications within initiatives. Lists <c>{"data":[…],"total"}</c>, one under <c>data</c>.
/// </summary>
public sealed class TransformationsClient
{
    private const string Base = "services/transformations/v1/transformations";
    private readonly LeanIXConnection _connection;

    internal TransformationsClient(LeanIXConnection connection) => _connection = connection;

    private static LeanIXJsonContext Wire => LeanIXConnection.Wire;

    /// <summary>
    /// The seed's <c>get_transformations(fs_ids)</c>: every transformation, or those of the given fact sheets (an initiative or
    /// an affected application), one request per id, each transformation once.
    /// </summary>
    public async Task<IReadOnlyList<Transformation>> GetTransformationsAsync(IEnumerable<Guid>? factSheetIds = null, CancellationToken cancellationToken = default)
    {
        if (factSheetIds is null) return await ListAsync(null, cancellationToken).ConfigureAwait(false);
        var all = new List<Transformation>();
        foreach (var id in factSheetIds.Distinct())
            foreach (var t in await ListAsync(id, cancellationToken).ConfigureAwait(false))
                if (all.All(known => known.Id != t.Id)) all.Add(t);
        return all;
    }

    /// <summary>One transformation.</summary>
    /// <exception cref="LeanIXNotFoundException">There is none with this id.</exception>
    public async Task<Transformation> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var envelope = await _connection.SendAsync(HttpMethod.Get, $"{Base}/{id}", Wire.EnvelopeWire, null, null, cancellationToken).ConfigureAwait(false);
        return DataOf(envelope, Wire.Transformation, $"GET /{Base}/{{id}}");
    }

    /// <summary>Creates a transformation of an initiative.</summary>
    public async Task<Transformation> CreateAsync(Transformation transformation, CancellationToken cancellationToken = default)
    {
        Validate(transformation);
        return await WriteAsync(HttpMethod.Post, Base, transformation with { Id = null }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Replaces a loaded transformation.</summary>
    public async Task<Transformation> UpdateAsync(Transformation transformation, CancellationToken cancellationToken = default)
    {
        Validate(transformation);
        var id = transformation.Id ?? throw new ArgumentException("Only a transformation with an id can be updated; create it first.", nameof(transformation));
        return await WriteAsync(HttpMethod.Put, $"{Base}/{id}", transformation, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Deletes a transformation.</summary>
    public async Task DeleteAsync(Guid id, CancellationToken cancellationToken = default) =>
        await _connection.SendAsync(HttpMethod.Delete, $"{Base}/{id}", null, cancellationToken).ConfigureAwait(false);

    private async Task<IReadOnlyList<Transformation>> ListAsync(Guid? factSheetId, CancellationToken cancellationToken)
    {
        var envelope = await _connection.SendAsync(HttpMethod.Get, Base, Wire.EnvelopeWire, null,
            new Dictionary<string, string?> { ["factSheetId"] = factSheetId?.ToString() }, cancellationToken).ConfigureAwait(false);
        return DataOf(envelope, Wire.ListTransformation, $"GET /{Base}");
    }

    private async Task<Transformation> WriteAsync(HttpMethod method, string path, Transformation transformation, CancellationToken cancellationToken)
    {
        var envelope = await _connection.SendAsync(method, path, Wire.EnvelopeWire, LeanIXConnection.Serialize(transformation, Wire.Transformation),
            null, cancellationToken).ConfigureAwait(false);
        return DataOf(envelope, Wire.Transformation, $"{method} /{Base}");
    }

    private static T DataOf<T>(EnvelopeWire envelope, JsonTypeInfo<T> type, string operation) =>
        envelope.Data is { ValueKind: not JsonValueKind.Null } data
            ? LeanIXConnection.Read(data, type, operation)
            : throw new LeanIXRequestFailedException($"{operation}: the response holds no data.", operation);

    private static void Validate(Transformation transformation)
    {
        ArgumentNullException.ThrowIfNull(transformation);
        if (string.IsNullOrWhiteSpace(transformation.Name)) throw new ArgumentException("A transformation needs a name.", nameof(transformation));
        if (transformation.FactSheetId == Guid.Empty) throw new ArgumentException("A transformation needs its initiative (FactSheetId).", nameof(transformation));
    }
}
