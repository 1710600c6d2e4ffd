namespace LeanIX.Automation.Automations;

/// <summary>
/// The automations, stored in the host's database (SQLite by default, see <c>Storage.SqliteAutomationStore</c>).
/// What the web menu reads and writes.
/// </summary>
public interface IAutomationStore
{
    /// <summary>Every automation, ordered by name.</summary>
    Task<IReadOnlyList<AutomationDefinition>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>The automation with this id, or null.</summary>
    Task<AutomationDefinition?> GetAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>
    /// Creates (no <see cref="AutomationDefinition.Id"/>) or replaces an automation after validating its configuration against
    /// the handler's template.
    /// </summary>
    /// <exception cref="AutomationConfigurationException">The handler is unknown, the JSON is malformed, or a key is wrong; the exception names the key.</exception>
    /// <exception cref="KeyNotFoundException">An id was given that no automation has.</exception>
    Task<AutomationDefinition> SaveAsync(AutomationDefinition definition, CancellationToken cancellationToken = default);

    /// <summary>Enables or disables an automation; answers false when no automation has this id.</summary>
    Task<bool> SetEnabledAsync(string id, bool enabled, CancellationToken cancellationToken = default);

    /// <summary>Deletes an automation; answers false when no automation has this id.</summary>
    Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default);
}
