using LeanIX.Automation.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace LeanIX.Automation.Storage;

/// <summary>
/// The host's SQLite database: inbox, idempotency keys, automations, run history and initial syncs in one file
/// (<see cref="AutomationOptions.DatabasePath"/>). Every piece of shared state (claims, leases, idempotency keys, sync
/// positions) lives here, never only in process memory. The SQL keeps to what PostgreSQL also speaks (UPDATE … RETURNING,
/// ON CONFLICT DO NOTHING), so a PostgreSQL implementation differs mainly in the claim (<c>FOR UPDATE SKIP LOCKED</c>).
/// </summary>
public sealed class AutomationDatabase : IDisposable
{
    private readonly string _connectionString;
    private readonly SemaphoreSlim _schemaGate = new(1, 1);
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private volatile bool _initialized;
    private WalCheckpointer? _checkpointer;

    /// <summary>Opens (and creates) the database at the configured path.</summary>
    public AutomationDatabase(IOptions<AutomationOptions> options) : this(options.Value.DatabasePath) { }

    /// <summary>Opens (and creates) the database at <paramref name="path"/>.</summary>
    public AutomationDatabase(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Path = System.IO.Path.GetFullPath(path);
        _connectionString = new SqliteConnectionStringBuilder { DataSource = Path, Pooling = true, DefaultTimeout = 30 }.ToString();
    }

    /// <summary>The database file.</summary>
    public string Path { get; }

    /// <summary>
    /// An open connection with the schema in place; dispose it after use (connections are pooled). A
    /// <paramref name="durable"/> connection's commits are on disk when they return (synchronous=FULL: intake answers 200
    /// only after its commit, so the event survives a power cut); others use WAL's synchronous=NORMAL, whose commits survive
    /// a killed process (the SIGKILL guarantee) and are fsynced at checkpoints. No connection checkpoints inside its own
    /// commits: <see cref="WalCheckpointer"/> does, on its own thread.
    /// </summary>
    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken = default, bool durable = false)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, (durable ? "PRAGMA synchronous=FULL;" : "PRAGMA synchronous=NORMAL;") + "PRAGMA wal_autocheckpoint=0;", cancellationToken).ConfigureAwait(false);
        if (!_initialized)
        {
            await _schemaGate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                // journal_mode is stored in the file, so it is set once, with the schema.
                if (!_initialized)
                {
                    await ExecuteAsync(connection, "PRAGMA journal_mode=WAL;" + Schema, cancellationToken).ConfigureAwait(false);
                    _checkpointer = new WalCheckpointer(Path);
                }
                _initialized = true;
            }
            finally { _schemaGate.Release(); }
        }
        return connection;
    }

    /// <summary>Tells the checkpointer that a commit wrote <paramref name="rows"/> rows.</summary>
    public void Wrote(int rows) => _checkpointer?.Wrote(rows);

    /// <summary>Stops the checkpointer (the log is checkpointed by SQLite when the last connection closes).</summary>
    public void Dispose() => _checkpointer?.Dispose();

    /// <summary>
    /// Waits for this process's turn to write. SQLite has one writer at a time; queueing here instead of in SQLite's busy
    /// retry (which sleeps) keeps writes from many workers fast. Correctness does not rest on it: every write is still a
    /// transaction with its own conditions, as it must be when several processes share the file.
    /// </summary>
    public async Task<IDisposable> EnterWriteAsync(CancellationToken cancellationToken = default)
    {
        await _writeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new Releaser(_writeGate);
    }

    private sealed class Releaser(SemaphoreSlim gate) : IDisposable
    {
        private int _released;
        public void Dispose() { if (Interlocked.Exchange(ref _released, 1) == 0) gate.Release(); }
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    // Times are Unix milliseconds (INTEGER) so comparisons are numeric in SQLite and PostgreSQL alike.
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS inbox_events (
            seq            INTEGER PRIMARY KEY AUTOINCREMENT,
            dedup_key      TEXT    NOT NULL UNIQUE,
            event_type     TEXT,
            fact_sheet_id  TEXT,
            order_key      TEXT    NOT NULL,
            body           TEXT    NOT NULL,
            source         TEXT    NOT NULL,
            state          TEXT    NOT NULL DEFAULT 'pending',
            attempts       INTEGER NOT NULL DEFAULT 0,
            available_at   INTEGER NOT NULL,
            lease_owner    TEXT,
            lease_until    INTEGER,
            last_error     TEXT,
            received_at    INTEGER NOT NULL,
            finished_at    INTEGER
        );
        CREATE INDEX IF NOT EXISTS ix_inbox_claimable ON inbox_events (state, available_at, seq);
        CREATE INDEX IF NOT EXISTS ix_inbox_order ON inbox_events (order_key, seq) WHERE state IN ('pending', 'in_flight');
        CREATE INDEX IF NOT EXISTS ix_inbox_received ON inbox_events (seq) WHERE state = 'received';
        CREATE TABLE IF NOT EXISTS applied_effects (
            event_seq      INTEGER NOT NULL,
            automation_id  TEXT    NOT NULL,
            applied_at     INTEGER NOT NULL,
            PRIMARY KEY (event_seq, automation_id)
        );
        CREATE TABLE IF NOT EXISTS mail_intents (
            effect_key     TEXT    PRIMARY KEY,
            automation_id  TEXT    NOT NULL,
            owner          TEXT    NOT NULL,
            state          TEXT    NOT NULL,
            recipients     TEXT    NOT NULL,
            subject        TEXT    NOT NULL,
            html_body      TEXT    NOT NULL,
            text_body      TEXT    NOT NULL,
            created_at     INTEGER NOT NULL,
            resolved_at    INTEGER
        );
        CREATE INDEX IF NOT EXISTS ix_mail_intents_open ON mail_intents (state, created_at) WHERE state IN ('sending', 'uncertain');
        CREATE TABLE IF NOT EXISTS automations (
            id             TEXT    PRIMARY KEY,
            name           TEXT    NOT NULL,
            handler        TEXT    NOT NULL,
            configuration  TEXT    NOT NULL,
            enabled        INTEGER NOT NULL,
            updated_at     INTEGER NOT NULL
        );
        CREATE TABLE IF NOT EXISTS runs (
            id             TEXT    PRIMARY KEY,
            automation_id  TEXT    NOT NULL,
            automation_name TEXT   NOT NULL,
            event_seq      INTEGER,
            event_type     TEXT,
            fact_sheet_id  TEXT,
            trigger_kind   TEXT    NOT NULL,
            status         TEXT    NOT NULL,
            started_at     INTEGER NOT NULL,
            finished_at    INTEGER NOT NULL,
            error          TEXT,
            lines          TEXT    NOT NULL
        );
        CREATE INDEX IF NOT EXISTS ix_runs_finished ON runs (finished_at DESC);
        CREATE INDEX IF NOT EXISTS ix_runs_automation ON runs (automation_id, finished_at DESC);
        CREATE TABLE IF NOT EXISTS initial_syncs (
            id             TEXT    PRIMARY KEY,
            automation_id  TEXT    NOT NULL,
            state          TEXT    NOT NULL,
            total          INTEGER NOT NULL DEFAULT 0,
            processed      INTEGER NOT NULL DEFAULT 0,
            failed         INTEGER NOT NULL DEFAULT 0,
            position       TEXT,
            started_at     INTEGER NOT NULL,
            finished_at    INTEGER,
            error          TEXT
        );
        CREATE TABLE IF NOT EXISTS login_failures (
            throttle_key   TEXT    PRIMARY KEY,
            failures       INTEGER NOT NULL,
            window_start   INTEGER NOT NULL,
            locked_until   INTEGER
        );
        CREATE INDEX IF NOT EXISTS ix_initial_syncs_automation ON initial_syncs (automation_id, started_at DESC);
        CREATE TABLE IF NOT EXISTS initial_sync_lines (
            sync_id        TEXT    NOT NULL,
            line_no        INTEGER NOT NULL,
            at             INTEGER NOT NULL,
            level          TEXT    NOT NULL,
            message        TEXT    NOT NULL,
            PRIMARY KEY (sync_id, line_no)
        );
        """;
}
