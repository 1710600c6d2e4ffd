using System.Text.Json;
using LeanIX.Emulator.Domain;
using Microsoft.Data.Sqlite;

namespace LeanIX.Emulator.Store;

/// <summary>
/// The SQLite store behind every workspace: a file with <c>--data</c>, an in-memory database
/// without it, with the same code either way. Entities are stored as JSON rows keyed by
/// workspace, kind and id (one table for every kind registered in <see cref="EntityKinds"/>, so a
/// new kind needs no schema change); the change log is appended in the same SQLite transaction.
/// </summary>
public sealed class SqliteStore : IDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly SqliteConnection _connection;
    private readonly Lock _lock = new();

    // Decision (issue 15): a memory store writes no entity rows. Nothing reads them back but LoadInto, and a memory
    // database lives only as long as this object, so the only reader is a workspace opened again on this same
    // store in this process (DemoSeedTests, SeedCatalogTests reopen a seeded memory store). That workspace takes
    // the entities of the last one opened here, whose versions are immutable and so safe to share; serializing
    // every seeded entity for it was ~45% of start-up. The change log is still written (a seed's once it is first read,
    // see _unwrittenSeedLogs): LoadChangesOf and LoadChangesAfter read it back.
    private readonly Dictionary<Guid, Workspace> _opened = [];

    // Decision (issue 15): a memory store writes a seed's change records (D87: one per seeded fact sheet) when its
    // change log is first read, not at start-up: serializing 100,000 of them was a tenth of synthetic:100000's
    // start-up, and most runs never read them back (only a reopened workspace, a history longer than memory keeps,
    // or webhook recovery do). Until then the records are in the workspace's memory anyway; the later records
    // Persist appends have higher sequences, so the table's order is the same either way.
    private readonly Dictionary<Guid, ChangeRecord[]> _unwrittenSeedLogs = [];

    private SqliteStore(SqliteConnection connection)
    {
        _connection = connection;
        Execute("PRAGMA journal_mode=WAL;");
        Execute("PRAGMA synchronous=NORMAL;");
        Execute("""
            CREATE TABLE IF NOT EXISTS entities (
                workspace_id TEXT NOT NULL, kind TEXT NOT NULL, id TEXT NOT NULL, json TEXT NOT NULL,
                PRIMARY KEY (workspace_id, kind, id));
            CREATE TABLE IF NOT EXISTS change_log (
                workspace_id TEXT NOT NULL, seq INTEGER NOT NULL, tx INTEGER NOT NULL, json TEXT NOT NULL,
                PRIMARY KEY (workspace_id, seq));
            CREATE TABLE IF NOT EXISTS workspace_meta (
                workspace_id TEXT NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL,
                PRIMARY KEY (workspace_id, key));
            """);
    }

    /// <summary>Where the data lives: a file path, or null for memory.</summary>
    public string? Path { get; private init; }

    public static SqliteStore Open(string? path)
    {
        var source = path is null
            ? new SqliteConnectionStringBuilder { DataSource = ":memory:" }
            : new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false };
        if (path is not null && System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path)) is { } dir)
            Directory.CreateDirectory(dir);
        var connection = new SqliteConnection(source.ToString());
        connection.Open();
        return new SqliteStore(connection) { Path = path };
    }

    public string? GetMeta(Guid workspaceId, string key)
    {
        lock (_lock)
        {
            using var cmd = _connection.CreateCommand();
            cmd.CommandText = "SELECT value FROM workspace_meta WHERE workspace_id = $w AND key = $k";
            cmd.Parameters.AddWithValue("$w", workspaceId.ToString());
            cmd.Parameters.AddWithValue("$k", key);
            return cmd.ExecuteScalar() as string;
        }
    }

    public void SetMeta(Guid workspaceId, string key, string value)
    {
        lock (_lock)
        {
            using var cmd = _connection.CreateCommand();
            cmd.CommandText = "INSERT OR REPLACE INTO workspace_meta (workspace_id, key, value) VALUES ($w, $k, $v)";
            cmd.Parameters.AddWithValue("$w", workspaceId.ToString());
            cmd.Parameters.AddWithValue("$k", key);
            cmd.Parameters.AddWithValue("$v", value);
            cmd.ExecuteNonQuery();
        }
    }

    /// <summary>Loads every entity and the change log of a workspace into its in-memory state.</summary>
    public void LoadInto(WorkspaceState state)
    {
        lock (_lock)
        {
            var ws = state.Workspace.Id.ToString();
            WriteSeedLog(state.Workspace.Id);
            if (Path is null) TakeEntitiesOfEarlier(state);
            else LoadEntityRows(state, ws);
            using (var cmd = _connection.CreateCommand())
            {
                cmd.CommandText = "SELECT seq, tx, json FROM change_log WHERE workspace_id = $w ORDER BY seq";
                cmd.Parameters.AddWithValue("$w", ws);
                using var reader = cmd.ExecuteReader();
                var records = new List<ChangeRecord>();
                while (reader.Read())
                {
                    records.Add(Deserialize<ChangeRecord>(reader.GetString(2)));
                    state.LastSequence = Math.Max(state.LastSequence, reader.GetInt64(0));
                    state.LastTransactionSequence = Math.Max(state.LastTransactionSequence, reader.GetInt64(1));
                }
                state.AppendChanges(records);
            }
        }
    }

    private void LoadEntityRows(WorkspaceState state, string ws)
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = "SELECT kind, json FROM entities WHERE workspace_id = $w";
        cmd.Parameters.AddWithValue("$w", ws);
        using var reader = cmd.ExecuteReader();
        while (reader.Read())
        {
            // Rows of a kind this workspace does not register are left alone, as before.
            if (state.Workspace.Kinds.ByName(reader.GetString(0)) is not { } kind) continue;
            state.SetOf(kind).Put(kind.Deserialize(reader.GetString(1)));
        }
    }

    /// <summary>A memory store's reopened workspace: the entities of the one opened before on this store (see <see cref="_opened"/>).</summary>
    private void TakeEntitiesOfEarlier(WorkspaceState state)
    {
        if (_opened.TryGetValue(state.Workspace.Id, out var earlier))
            foreach (var earlierKind in earlier.Kinds.All)
                if (state.Workspace.Kinds.ByName(earlierKind.Name) is { } kind)
                    foreach (var entity in earlier.Latest.SetOf(earlierKind).Entities) state.SetOf(kind).Put(entity);
        _opened[state.Workspace.Id] = state.Workspace;
    }

    /// <summary>
    /// The durable change records after <paramref name="afterSequence"/>, oldest first: what derived data
    /// (webhook events) must be made again from after a crash between the commit and its derivation.
    /// </summary>
    public List<ChangeRecord> LoadChangesAfter(Guid workspaceId, long afterSequence)
    {
        lock (_lock)
        {
            WriteSeedLog(workspaceId);
            using var cmd = _connection.CreateCommand();
            cmd.CommandText = "SELECT seq, tx, json FROM change_log WHERE workspace_id = $w AND seq > $s ORDER BY seq";
            cmd.Parameters.AddWithValue("$w", workspaceId.ToString());
            cmd.Parameters.AddWithValue("$s", afterSequence);
            using var reader = cmd.ExecuteReader();
            var records = new List<ChangeRecord>();
            while (reader.Read())
            {
                var record = Deserialize<ChangeRecord>(reader.GetString(2));
                record.Sequence = reader.GetInt64(0);
                record.TransactionSequence = reader.GetInt64(1);
                records.Add(record);
            }
            return records;
        }
    }

    /// <summary>
    /// The change records of one fact sheet up to <paramref name="throughSequence"/>, oldest first: for a
    /// fact sheet whose history is longer than memory keeps (see <see cref="WorkspaceState"/>).
    /// </summary>
    public List<ChangeRecord> LoadChangesOf(Guid workspaceId, Guid factSheetId, long throughSequence)
    {
        lock (_lock)
        {
            WriteSeedLog(workspaceId);
            using var cmd = _connection.CreateCommand();
            cmd.CommandText = "SELECT seq, tx, json FROM change_log WHERE workspace_id = $w AND seq <= $s AND json_extract(json, '$.factSheetId') = $f ORDER BY seq";
            cmd.Parameters.AddWithValue("$w", workspaceId.ToString());
            cmd.Parameters.AddWithValue("$s", throughSequence);
            cmd.Parameters.AddWithValue("$f", factSheetId.ToString());
            using var reader = cmd.ExecuteReader();
            var records = new List<ChangeRecord>();
            while (reader.Read())
            {
                var record = Deserialize<ChangeRecord>(reader.GetString(2));
                record.Sequence = reader.GetInt64(0);
                record.TransactionSequence = reader.GetInt64(1);
                records.Add(record);
            }
            return records;
        }
    }

    /// <summary>Writes every entity and change record of a freshly seeded state in one transaction.</summary>
    public void SaveAll(WorkspaceState state)
    {
        lock (_lock)
        {
            var ws = state.Workspace.Id.ToString();
            // A seed may write history too (D87: the creation events of seeded fact sheets).
            var history = state.RetainedChanges();
            if (Path is null)
            {
                _opened[state.Workspace.Id] = state.Workspace;
                _unwrittenSeedLogs[state.Workspace.Id] = history;
                return;
            }
            using var tx = _connection.BeginTransaction();
            using (var upsert = UpsertCommand(tx))
                foreach (var kind in state.Workspace.Kinds.All)
                    foreach (var e in state.SetOf(kind).Entities) Upsert(upsert, ws, kind, e);
            InsertChanges(tx, ws, history);
            tx.Commit();
        }
    }

    /// <summary>Under the lock: a memory store's deferred seed history, written before its change log is read.</summary>
    private void WriteSeedLog(Guid workspaceId)
    {
        if (!_unwrittenSeedLogs.Remove(workspaceId, out var history)) return;
        using var tx = _connection.BeginTransaction();
        InsertChanges(tx, workspaceId.ToString(), history);
        tx.Commit();
    }

    /// <summary>Writes a transaction's changes and its change records atomically.</summary>
    public void Persist(Guid workspaceId, WorkspaceTransaction change, IReadOnlyList<ChangeRecord> records)
    {
        lock (_lock)
        {
            using var tx = _connection.BeginTransaction();
            var ws = workspaceId.ToString();
            using var upsert = UpsertCommand(tx);
            using var delete = _connection.CreateCommand();
            delete.Transaction = tx;
            delete.CommandText = "DELETE FROM entities WHERE workspace_id = $w AND kind = $k AND id = $i";
            delete.Parameters.Add("$w", SqliteType.Text);
            delete.Parameters.Add("$k", SqliteType.Text);
            delete.Parameters.Add("$i", SqliteType.Text);
            // A memory store keeps entities in the workspace's versions only (see _opened).
            if (Path is not null)
                foreach (var (kind, overlay) in change.Overlays) Write(upsert, delete, ws, kind, overlay.ChangedEntities);
            InsertChanges(tx, ws, records);
            tx.Commit();
        }
    }

    private void InsertChanges(SqliteTransaction tx, string ws, IReadOnlyList<ChangeRecord> records)
    {
        if (records.Count == 0) return;
        using var log = _connection.CreateCommand();
        log.Transaction = tx;
        log.CommandText = "INSERT INTO change_log (workspace_id, seq, tx, json) VALUES ($w, $s, $t, $j)";
        log.Parameters.Add("$w", SqliteType.Text).Value = ws;
        log.Parameters.Add("$s", SqliteType.Integer);
        log.Parameters.Add("$t", SqliteType.Integer);
        log.Parameters.Add("$j", SqliteType.Text);
        foreach (var r in records)
        {
            log.Parameters[1].Value = r.Sequence;
            log.Parameters[2].Value = r.TransactionSequence;
            log.Parameters[3].Value = JsonSerializer.Serialize(r, Json);
            log.ExecuteNonQuery();
        }
    }

    private static void Write(SqliteCommand upsert, SqliteCommand delete, string ws, EntityKind kind, IEnumerable<KeyValuePair<Guid, IEntity?>> changes)
    {
        foreach (var (id, item) in changes)
        {
            if (item is not null)
            {
                Upsert(upsert, ws, kind, item);
                continue;
            }
            delete.Parameters["$w"].Value = ws;
            delete.Parameters["$k"].Value = kind.Name;
            delete.Parameters["$i"].Value = id.ToString();
            delete.ExecuteNonQuery();
        }
    }

    private SqliteCommand UpsertCommand(SqliteTransaction tx)
    {
        var cmd = _connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = "INSERT OR REPLACE INTO entities (workspace_id, kind, id, json) VALUES ($w, $k, $i, $j)";
        cmd.Parameters.Add("$w", SqliteType.Text);
        cmd.Parameters.Add("$k", SqliteType.Text);
        cmd.Parameters.Add("$i", SqliteType.Text);
        cmd.Parameters.Add("$j", SqliteType.Text);
        // Compiled once: a seed writes hundreds of thousands of rows through this one statement (issue 15).
        cmd.Prepare();
        return cmd;
    }

    private static void Upsert(SqliteCommand cmd, string ws, EntityKind kind, IEntity item)
    {
        // By position (the order UpsertCommand adds them): a lookup by name per row and parameter added up at seeding.
        cmd.Parameters[0].Value = ws;
        cmd.Parameters[1].Value = kind.Name;
        cmd.Parameters[2].Value = item.Id.ToString();
        cmd.Parameters[3].Value = kind.Serialize(item);
        cmd.ExecuteNonQuery();
    }

    private static T Deserialize<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Json) ?? throw new InvalidDataException($"Stored {typeof(T).Name} is null.");

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
