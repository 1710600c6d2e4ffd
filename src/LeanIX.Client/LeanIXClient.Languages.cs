using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace LeanIX.Client;

public sealed partial class LeanIXClient
{
    private readonly ConcurrentDictionary<string, LanguageModel> _languages = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The labels in a language (default English), loaded once per language.</summary>
    public async Task<LanguageModel> GetLanguageAsync(string language = "en", CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(language);
        if (_languages.TryGetValue(language, out var cached)) return cached;
        var envelope = await RequestAsync($"services/pathfinder/v1/models/languages/{Uri.EscapeDataString(language)}", cancellationToken: cancellationToken).ConfigureAwait(false)
            ?? throw new LeanIXRequestFailedException($"The language model '{language}' is empty.", "GET /services/pathfinder/v1/models/languages");
        return _languages.GetOrAdd(language, LanguageModel.Parse(language, envelope));
    }

    private JsonNode? _viewModel;

    /// <summary>The workspace's view model (sections, colours per type and value), loaded once.</summary>
    public async Task<JsonNode> GetViewModelAsync(CancellationToken cancellationToken = default)
    {
        if (_viewModel is not null) return _viewModel;
        var envelope = await RequestAsync("services/pathfinder/v1/models/viewModel", cancellationToken: cancellationToken).ConfigureAwait(false);
        _viewModel = envelope?["data"] ?? throw new LeanIXRequestFailedException("The view model is empty.", "GET /services/pathfinder/v1/models/viewModel");
        return _viewModel;
    }
}
