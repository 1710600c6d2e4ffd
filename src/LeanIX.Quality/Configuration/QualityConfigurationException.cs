namespace LeanIX.Quality.Configuration;

/// <summary>A quality configuration that cannot be used; <see cref="Key"/> names the offending setting (e.g. <c>checkers.completion.threshold</c>).</summary>
public sealed class QualityConfigurationException : Exception
{
    /// <summary>Creates the error for <paramref name="key"/>.</summary>
    public QualityConfigurationException(string key, string problem) : base($"Quality configuration '{key}': {problem}") => Key = key;

    /// <summary>The dotted path of the bad setting.</summary>
    public string Key { get; }
}
