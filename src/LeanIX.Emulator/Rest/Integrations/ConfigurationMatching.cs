using LeanIX.Emulator.Domain.Integrations;
using LeanIX.Emulator.Store;

namespace LeanIX.Emulator.Rest.Integrations;

/// <summary>Finding stored configurations: the GET/DELETE filters (D37) and the configuration an LDIF runs with (D40).</summary>
public static class ConfigurationMatching
{
    /// <summary>D37: every configuration matching whichever of the five identity parameters are given (case-insensitive).</summary>
    public static IEnumerable<ProcessorConfiguration> Filter(IWorkspaceView view, IQueryCollection query) =>
        view.Source<ProcessorConfiguration>().All
            .Where(c => Matches(query, "connectorType", c.ConnectorType) && Matches(query, "connectorId", c.ConnectorId)
                && Matches(query, "connectorVersion", c.ConnectorVersion) && Matches(query, "processingDirection", c.ProcessingDirection)
                && Matches(query, "processingMode", c.ProcessingMode))
            .OrderBy(c => c.ConnectorType, StringComparer.Ordinal).ThenBy(c => c.ConnectorId, StringComparer.Ordinal)
            .ThenBy(c => c.ConnectorVersion, StringComparer.Ordinal);

    /// <summary>
    /// D40: type + id + direction must match; a given version must match exactly, otherwise the highest <c>n.n.n</c> wins.
    /// The stored configuration's mode wins over the LDIF's, so the mode is not part of the match.
    /// </summary>
    public static ProcessorConfiguration? ForLdif(IWorkspaceView view, string connectorType, string connectorId, string? connectorVersion, string direction)
    {
        var candidates = view.Source<ProcessorConfiguration>().All
            .Where(c => c.ConnectorType == connectorType && c.ConnectorId == connectorId && c.ProcessingDirection == direction)
            .ToList();
        if (!string.IsNullOrEmpty(connectorVersion)) return candidates.FirstOrDefault(c => c.ConnectorVersion == connectorVersion);
        return candidates.OrderByDescending(c => Version.TryParse(c.ConnectorVersion, out var v) ? v : new Version(0, 0)).FirstOrDefault();
    }

    private static bool Matches(IQueryCollection query, string name, string value) =>
        !query.TryGetValue(name, out var wanted) || string.IsNullOrEmpty(wanted) || string.Equals(wanted, value, StringComparison.OrdinalIgnoreCase);
}
