using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace LeanIX.Client;

/// <summary>
/// The workspace's data model, view model and labels (<c>lx.DataModel</c>, <c>/services/pathfinder/v1/models</c>):
/// each loaded on first use and then kept (D24), until <see cref="Reload"/>.
/// </summary>
public sealed class DataModelClient
{
    private const string DataModelPath = "services/pathfinder/v1/models/dataModel";
    private readonly LeanIXConnection _connection;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly ConcurrentDictionary<string, LanguageModel> _languages = new(StringComparer.OrdinalIgnoreCase);
    private LeanIXDataModel? _dataModel;
    private JsonNode? _viewModel;

    internal DataModelClient(LeanIXConnection connection) => _connection = connection;

    /// <summary>The data model once loaded, else null; reading it makes no request.</summary>
    public LeanIXDataModel? Loaded => _dataModel;

    /// <summary>The workspace's data model: types, fields and relations with both directional keys.</summary>
    public async Task<LeanIXDataModel> GetAsync(CancellationToken cancellationToken = default)
    {
        if (_dataModel is { } model) return model;
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_dataModel is not null) return _dataModel;
            var envelope = await _connection.SendAsync(HttpMethod.Get, DataModelPath, LeanIXConnection.Wire.EnvelopeWire, cancellationToken: cancellationToken).ConfigureAwait(false);
            if (envelope.Data is not { ValueKind: JsonValueKind.Object } data)
                throw new LeanIXRequestFailedException("The data model endpoint answered without data.", "GET /" + DataModelPath);
            try
            {
                _dataModel = LeanIXDataModel.From(LeanIXConnection.Read(data, LeanIXConnection.Wire.DataModelWire, "GET /" + DataModelPath));
            }
            catch (FormatException e)
            {
                throw new LeanIXRequestFailedException($"The workspace's data model cannot be read: {e.Message}", "GET /" + DataModelPath, inner: e);
            }
            return _dataModel;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>The labels in a language (default English), loaded once per language.</summary>
    public async Task<LanguageModel> GetLanguageAsync(string language = "en", CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(language);
        if (_languages.TryGetValue(language, out var cached)) return cached;
        var envelope = await _connection.RequestAsync($"services/pathfinder/v1/models/languages/{Uri.EscapeDataString(language)}", cancellationToken: cancellationToken).ConfigureAwait(false)
            ?? throw new LeanIXRequestFailedException($"The language model '{language}' is empty.", "GET /services/pathfinder/v1/models/languages");
        return _languages.GetOrAdd(language, LanguageModel.Parse(language, envelope));
    }

    /// <summary>The workspace's view model (sections, colours per type and value), loaded once.</summary>
    public async Task<JsonNode> GetViewModelAsync(CancellationToken cancellationToken = default)
    {
        if (_viewModel is not null) return _viewModel;
        var envelope = await _connection.RequestAsync("services/pathfinder/v1/models/viewModel", cancellationToken: cancellationToken).ConfigureAwait(false);
        _viewModel = envelope?["data"] ?? throw new LeanIXRequestFailedException("The view model is empty.", "GET /services/pathfinder/v1/models/viewModel");
        return _viewModel;
    }

    /// <summary>Forgets the loaded models and labels, so the next use reloads them (after a model change).</summary>
    public void Reload()
    {
        _dataModel = null;
        _viewModel = null;
        _languages.Clear();
    }
}
