namespace LeanIX.Client;

/// <summary>A name matched several fact sheets; <see cref="Candidates"/> lists them so the caller can pick by id.</summary>
public sealed class LeanIXAmbiguousNameException(string type, string name, IReadOnlyList<FactSheet> candidates)
    : ArgumentException($"{candidates.Count} {type} fact sheets are named '{name}': " +
                        string.Join("; ", candidates.Select(c => $"'{c.DisplayName}' ({c.Id})")) + ". Use the id instead.")
{
    /// <summary>The matching fact sheets.</summary>
    public IReadOnlyList<FactSheet> Candidates { get; } = candidates;
}
