using System.Collections.Concurrent;

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
}
