using LeanIX.Automation.Automations;
using LeanIX.Automation.Handlers;
using Microsoft.Data.Sqlite;

namespace LeanIX.Automation.Storage;

/// <summary>The automations in the host's SQLite database, validated against their handlers' templates on save.</summary>
public sealed class SqliteAutomationStore : IAutomationStore
{
    private readonly AutomationDatabase _database;
    private readonly HandlerRegistry _handlers;
    private readonly TimeProvider _clock;

    /// <summary>Creates the store.</summary>
    public SqliteAutomationStore(AutomationDatabase database, HandlerRegistry handlers, TimeProvider clock)
    {
        _database = database;
        _handlers = handlers;
        _clock = clock;
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<AutomationDefinition>> ListAsync(CancellationToken cancellationToken = default) =>
        await QueryAsync("SELECT id, name, handler, configuration, enabled, updated_at FROM automations ORDER BY name, id", null, cancellationToken).ConfigureAwait(false);

    /// <summary>The enabled automations (what workers run).</summary>
    public async Task<IReadOnlyList<AutomationDefinition>> ListEnabledAsync(CancellationToken cancellationToken = default) =>
        await QueryAsync("SELECT id, name, handler, configuration, enabled, updated_at FROM automations WHERE enabled = 1 ORDER BY id", null, cancellationToken).ConfigureAwait(false);

    /// <inheritdoc/>
    public async Task<AutomationDefinition?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        return (await QueryAsync("SELECT id, name, handler, configuration, enabled, updated_at FROM automations WHERE id = $id", id, cancellationToken).ConfigureAwait(false))
            .SingleOrDefault();
    }

    /// <inheritdoc/>
    public async Task<AutomationDefinition> SaveAsync(AutomationDefinition definition, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var handler = _handlers.Find(definition.HandlerName ?? "")
            ?? throw new AutomationConfigurationException(null, $"No handler is named '{definition.HandlerName}'; known: {string.Join(", ", _handlers.All.Select(h => h.Name))}.");
        var configuration = ConfigTemplateValidator.Validate(handler.ConfigTemplate, definition.ConfigurationJson);
        var isNew = string.IsNullOrEmpty(definition.Id);
        var stored = definition with
        {
            Id = isNew ? Guid.NewGuid().ToString("N") : definition.Id,
            Name = string.IsNullOrWhiteSpace(definition.Name) ? handler.Name : definition.Name.Trim(),
            ConfigurationJson = configuration.ToJsonString(),
            UpdatedAt = _clock.GetUtcNow()
        };
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = isNew
            ? "INSERT INTO automations (id, name, handler, configuration, enabled, updated_at) VALUES ($id, $name, $handler, $configuration, $enabled, $updated)"
            : "UPDATE automations SET name = $name, handler = $handler, configuration = $configuration, enabled = $enabled, updated_at = $updated WHERE id = $id";
        command.Parameters.AddWithValue("$id", stored.Id);
        command.Parameters.AddWithValue("$name", stored.Name);
        command.Parameters.AddWithValue("$handler", handler.Name);
        command.Parameters.AddWithValue("$configuration", stored.ConfigurationJson);
        command.Parameters.AddWithValue("$enabled", stored.Enabled ? 1 : 0);
        command.Parameters.AddWithValue("$updated", stored.UpdatedAt!.Value.ToUnixTimeMilliseconds());
        if (await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 0)
            throw new KeyNotFoundException($"No automation has the id '{definition.Id}'.");
        return stored;
    }

    /// <inheritdoc/>
    public async Task<bool> SetEnabledAsync(string id, bool enabled, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE automations SET enabled = $enabled, updated_at = $updated WHERE id = $id";
        command.Parameters.AddWithValue("$id", id);
        command.Parameters.AddWithValue("$enabled", enabled ? 1 : 0);
        command.Parameters.AddWithValue("$updated", _clock.GetUtcNow().ToUnixTimeMilliseconds());
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    /// <inheritdoc/>
    public async Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM automations WHERE id = $id";
        command.Parameters.AddWithValue("$id", id);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    private async Task<List<AutomationDefinition>> QueryAsync(string sql, string? id, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        if (id is not null) command.Parameters.AddWithValue("$id", id);
        var result = new List<AutomationDefinition>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            result.Add(new AutomationDefinition
            {
                Id = reader.GetString(0),
                Name = reader.GetString(1),
                HandlerName = reader.GetString(2),
                ConfigurationJson = reader.GetString(3),
                Enabled = reader.GetInt64(4) == 1,
                UpdatedAt = DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(5))
            });
        return result;
    }
}
