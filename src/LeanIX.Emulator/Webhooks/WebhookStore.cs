using System.Text.Json;
using System.Text.Json.Nodes;
using LeanIX.Emulator.Store;
using Microsoft.Data.Sqlite;

namespace LeanIX.Emulator.Webhooks;

/// <summary>
/// Persists webhook subscriptions, the event log and delivery logs in tables of their own, through a
/// second connection to the emulator's SQLite file (<see cref="SqliteStore.Path"/>), so the core store
/// stays untouched. Without a data file both are in memory (separate databases, same code).
/// </summary>
public sealed class WebhookStore : IDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly SqliteConnection _connection;
    private readonly Lock _lock = new();

    public WebhookStore(SqliteStore core)
    {
        var source = core.Path is null
            ? new SqliteConnectionStringBuilder { DataSource = ":memory:" }
            : new SqliteConnectionStringBuilder { DataSource = core.Path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false, DefaultTimeout = 30 };
        _connection = new SqliteConnection(source.ToString());
        _connection.Open();
        Execute("""
            CREATE TABLE IF NOT EXISTS webhook_subscriptions (
                workspace_id TEXT NOT NULL, id TEXT NOT NULL, json TEXT NOT NULL, PRIMARY KEY (workspace_id, id));
            CREATE TABLE IF NOT EXISTS webhook_events (
                workspace_id TEXT NOT NULL, offset INTEGER NOT NULL, created_ms INTEGER NOT NULL, json TEXT NOT NULL,
                PRIMARY KEY (workspace_id, offset));
            CREATE TABLE IF NOT EXISTS webhook_deliveries (
                workspace_id TEXT NOT NULL, subscription_id TEXT NOT NULL, seq INTEGER NOT NULL, json TEXT NOT NULL,
                PRIMARY KEY (workspace_id, subscription_id, seq));
            CREATE TABLE IF NOT EXISTS webhook_meta (
                workspace_id TEXT NOT NULL, key TEXT NOT NULL, value INTEGER NOT NULL, PRIMARY KEY (workspace_id, key));
            """);
    }

    public List<WebhookSubscription> LoadSubscriptions(Guid workspaceId) =>
        Query("SELECT json FROM webhook_subscriptions WHERE workspace_id = $w", workspaceId,
            json => JsonSerializer.Deserialize<WebhookSubscription>(json, Json)!);

    /// <summary>The latest <paramref name="count"/> events, oldest first (what a start holds in memory).</summary>
    public List<WebhookEvent> LoadLatestEvents(Guid workspaceId, int count)
    {
        var latest = Query($"SELECT json FROM webhook_events WHERE workspace_id = $w ORDER BY offset DESC LIMIT {count}", workspaceId,
            json => WebhookEvent.FromStored(JsonNode.Parse(json)!.AsObject()));
        latest.Reverse();
        return latest;
    }

    /// <summary>At most <paramref name="limit"/> events with offsets in [from, before), oldest first.</summary>
    public List<WebhookEvent> LoadEvents(Guid workspaceId, long from, long before, int limit)
    {
        lock (_lock)
        {
            using var cmd = Command("SELECT json FROM webhook_events WHERE workspace_id = $w AND offset >= $f AND offset < $b ORDER BY offset LIMIT $l", workspaceId);
            cmd.Parameters.AddWithValue("$f", from);
            cmd.Parameters.AddWithValue("$b", before);
            cmd.Parameters.AddWithValue("$l", limit);
            using var reader = cmd.ExecuteReader();
            var list = new List<WebhookEvent>();
            while (reader.Read()) list.Add(WebhookEvent.FromStored(JsonNode.Parse(reader.GetString(0))!.AsObject()));
            return list;
        }
    }

    public List<Delivery> LoadDeliveries(Guid workspaceId) =>
        Query("SELECT json FROM webhook_deliveries WHERE workspace_id = $w ORDER BY seq", workspaceId,
            json => JsonSerializer.Deserialize<Delivery>(json, Json)!);

    public long? GetMeta(Guid workspaceId, string key)
    {
        lock (_lock)
        {
            using var cmd = Command("SELECT value FROM webhook_meta WHERE workspace_id = $w AND key = $k", workspaceId);
            cmd.Parameters.AddWithValue("$k", key);
            return cmd.ExecuteScalar() is long v ? v : null;
        }
    }

    public void SaveSubscription(WebhookSubscription s)
    {
        lock (_lock)
        {
            using var cmd = Command("INSERT OR REPLACE INTO webhook_subscriptions (workspace_id, id, json) VALUES ($w, $i, $j)", s.WorkspaceId);
            cmd.Parameters.AddWithValue("$i", s.Id.ToString());
            cmd.Parameters.AddWithValue("$j", JsonSerializer.Serialize(s, Json));
            cmd.ExecuteNonQuery();
        }
    }

    public void DeleteSubscription(Guid workspaceId, Guid id)
    {
        lock (_lock)
        {
            using var tx = _connection.BeginTransaction();
            foreach (var sql in new[]
            {
                "DELETE FROM webhook_subscriptions WHERE workspace_id = $w AND id = $i",
                "DELETE FROM webhook_deliveries WHERE workspace_id = $w AND subscription_id = $i"
            })
            {
                using var cmd = Command(sql, workspaceId, tx);
                cmd.Parameters.AddWithValue("$i", id.ToString());
                cmd.ExecuteNonQuery();
            }
            tx.Commit();
        }
    }

    /// <summary>The meta key of the last change-log sequence whose events are made (see <see cref="WorkspaceWebhooks"/>).</summary>
    public const string DerivedThroughKey = "derivedThrough";

    /// <summary>Appends events, the counters they used and the change-log sequence they were made through, atomically.</summary>
    public void AppendEvents(Guid workspaceId, IReadOnlyList<WebhookEvent> events, long nextOffset, long nextEventId, long derivedThrough)
    {
        lock (_lock)
        {
            using var tx = _connection.BeginTransaction();
            foreach (var e in events)
            {
                using var cmd = Command("INSERT INTO webhook_events (workspace_id, offset, created_ms, json) VALUES ($w, $o, $c, $j)", workspaceId, tx);
                cmd.Parameters.AddWithValue("$o", e.Offset);
                cmd.Parameters.AddWithValue("$c", e.CreatedAt.ToUnixTimeMilliseconds());
                cmd.Parameters.AddWithValue("$j", e.ToStored().ToJsonString());
                cmd.ExecuteNonQuery();
            }
            SetMeta(workspaceId, "nextOffset", nextOffset, tx);
            SetMeta(workspaceId, DerivedThroughKey, derivedThrough, tx);
            // Event ids are global (webhooks.md §8), so their counter is kept under the empty workspace id.
            SetMeta(Guid.Empty, "nextEventId", nextEventId, tx);
            tx.Commit();
        }
    }

    /// <summary>Marks every change record up to <paramref name="sequence"/> as seen by the webhooks service.</summary>
    public void SetDerivedThrough(Guid workspaceId, long sequence)
    {
        lock (_lock)
        {
            using var tx = _connection.BeginTransaction();
            SetMeta(workspaceId, DerivedThroughKey, sequence, tx);
            tx.Commit();
        }
    }

    /// <summary>Retention (webhooks.md §4): drops events created before <paramref name="cutoff"/>.</summary>
    public void DeleteEventsBefore(Guid workspaceId, DateTimeOffset cutoff)
    {
        lock (_lock)
        {
            using var cmd = Command("DELETE FROM webhook_events WHERE workspace_id = $w AND created_ms < $c", workspaceId);
            cmd.Parameters.AddWithValue("$c", cutoff.ToUnixTimeMilliseconds());
            cmd.ExecuteNonQuery();
        }
    }

    public void AppendDelivery(Guid workspaceId, Delivery delivery, long seq, long? dropBelowSeq)
    {
        lock (_lock)
        {
            using var tx = _connection.BeginTransaction();
            using (var cmd = Command("INSERT INTO webhook_deliveries (workspace_id, subscription_id, seq, json) VALUES ($w, $s, $q, $j)", workspaceId, tx))
            {
                cmd.Parameters.AddWithValue("$s", delivery.SubscriptionId.ToString());
                cmd.Parameters.AddWithValue("$q", seq);
                cmd.Parameters.AddWithValue("$j", JsonSerializer.Serialize(delivery, Json));
                cmd.ExecuteNonQuery();
            }
            if (dropBelowSeq is { } below)
            {
                using var cmd = Command("DELETE FROM webhook_deliveries WHERE workspace_id = $w AND subscription_id = $s AND seq < $q", workspaceId, tx);
                cmd.Parameters.AddWithValue("$s", delivery.SubscriptionId.ToString());
                cmd.Parameters.AddWithValue("$q", below);
                cmd.ExecuteNonQuery();
            }
            tx.Commit();
        }
    }

    private void SetMeta(Guid workspaceId, string key, long value, SqliteTransaction tx)
    {
        using var cmd = Command("INSERT OR REPLACE INTO webhook_meta (workspace_id, key, value) VALUES ($w, $k, $v)", workspaceId, tx);
        cmd.Parameters.AddWithValue("$k", key);
        cmd.Parameters.AddWithValue("$v", value);
        cmd.ExecuteNonQuery();
    }

    private List<T> Query<T>(string sql, Guid workspaceId, Func<string, T> read)
    {
        lock (_lock)
        {
            using var cmd = Command(sql, workspaceId);
            using var reader = cmd.ExecuteReader();
            var list = new List<T>();
            while (reader.Read()) list.Add(read(reader.GetString(0)));
            return list;
        }
    }

    private SqliteCommand Command(string sql, Guid workspaceId, SqliteTransaction? tx = null)
    {
        var cmd = _connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        cmd.Parameters.AddWithValue("$w", workspaceId.ToString());
        return cmd;
    }

    private void Execute(string sql)
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    public void Dispose()
    {
        lock (_lock) _connection.Dispose();
    }
}
