using LeanIX.Automation.Mail;
using Microsoft.Data.Sqlite;

namespace LeanIX.Automation.Storage;

/// <summary>
/// The mails of runs, keyed by their idempotency key, in the host's database. The intent (state <c>sending</c>, with the
/// content) is committed with synchronous=FULL before the mail is handed to the SMTP server, and <c>sent</c> after: a host
/// killed between the SMTP server's acceptance and that second commit leaves the mail <c>sending</c>, and at its next start
/// such mails become <c>uncertain</c>, which are never sent again automatically (see <see cref="MailIntentState"/>).
/// </summary>
public sealed class SqliteMailOutbox(AutomationDatabase database, TimeProvider clock)
{
    private const char RecipientSeparator = '\n'; // never part of an address

    /// <summary>
    /// How long a mail may stay <c>sending</c> before the menu lists it as uncertain although its host did not restart (an
    /// SMTP send takes seconds; another instance that died may never restart).
    /// </summary>
    public static readonly TimeSpan StaleAfter = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Records that the mail under <paramref name="key"/> is about to be sent, durably. Answers null when it was new (send
    /// it now), else the state it already has (then it must not be sent again).
    /// </summary>
    public async Task<MailIntentState?> BeginAsync(string key, string automationId, string owner, AutomationMail mail, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        ArgumentNullException.ThrowIfNull(mail);
        using var turn = await database.EnterWriteAsync(cancellationToken).ConfigureAwait(false);
        await using var connection = await database.OpenAsync(cancellationToken, durable: true).ConfigureAwait(false);
        await using var insert = connection.CreateCommand();
        insert.CommandText = """
            INSERT INTO mail_intents (effect_key, automation_id, owner, state, recipients, subject, html_body, text_body, created_at)
            VALUES ($key, $automation, $owner, 'sending', $to, $subject, $html, $text, $now)
            ON CONFLICT (effect_key) DO NOTHING
            """;
        insert.Parameters.AddWithValue("$key", key);
        insert.Parameters.AddWithValue("$automation", automationId);
        insert.Parameters.AddWithValue("$owner", owner);
        insert.Parameters.AddWithValue("$to", string.Join(RecipientSeparator, mail.To));
        insert.Parameters.AddWithValue("$subject", mail.Subject);
        insert.Parameters.AddWithValue("$html", mail.HtmlBody);
        insert.Parameters.AddWithValue("$text", mail.TextBody);
        insert.Parameters.AddWithValue("$now", Now);
        if (await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1) return null;
        await using var read = connection.CreateCommand();
        read.CommandText = "SELECT state FROM mail_intents WHERE effect_key = $key";
        read.Parameters.AddWithValue("$key", key);
        return Parse((string)(await read.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!);
    }

    /// <summary>Records that the SMTP server accepted the mail.</summary>
    public Task MarkSentAsync(string key, CancellationToken cancellationToken = default) =>
        ExecuteAsync("UPDATE mail_intents SET state = 'sent', resolved_at = $now WHERE effect_key = $key", cancellationToken, ("$key", key), ("$now", Now));

    /// <summary>
    /// Drops the intent of a mail whose sending failed with an error (the SMTP server refused it or could not be reached), so
    /// the run's retry sends it. Only a <c>sending</c> intent is dropped.
    /// </summary>
    public Task ForgetAsync(string key, CancellationToken cancellationToken = default) =>
        ExecuteAsync("DELETE FROM mail_intents WHERE effect_key = $key AND state = 'sending'", cancellationToken, ("$key", key));

    /// <summary>
    /// At start-up: the mails this host instance (owner prefix) was sending when it stopped, begun before
    /// <paramref name="startedAt"/>, become uncertain. Answers how many.
    /// </summary>
    public Task<int> MarkInterruptedUncertainAsync(string ownerPrefix, DateTimeOffset startedAt, CancellationToken cancellationToken = default) =>
        ExecuteAsync("""
            UPDATE mail_intents SET state = 'uncertain'
             WHERE state = 'sending' AND substr(owner, 1, length($prefix)) = $prefix AND created_at < $started
            """, cancellationToken, ("$prefix", ownerPrefix), ("$started", startedAt.ToUnixTimeMilliseconds()));

    /// <summary>
    /// The mails waiting for an admin, oldest first: uncertain ones, and ones still <c>sending</c> after
    /// <paramref name="staleAfter"/> (another host instance that died and has not restarted).
    /// </summary>
    public async Task<IReadOnlyList<MailIntent>> UncertainAsync(TimeSpan staleAfter, int max = 200, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT {Columns} FROM mail_intents
             WHERE state = 'uncertain' OR (state = 'sending' AND created_at < $stale)
             ORDER BY created_at, effect_key LIMIT $max
            """;
        command.Parameters.AddWithValue("$stale", Now - (long)staleAfter.TotalMilliseconds);
        command.Parameters.AddWithValue("$max", max);
        return await ReadAsync(command, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>One recorded mail, or null.</summary>
    public async Task<MailIntent?> GetAsync(string key, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM mail_intents WHERE effect_key = $key";
        command.Parameters.AddWithValue("$key", key);
        return (await ReadAsync(command, cancellationToken).ConfigureAwait(false)).SingleOrDefault();
    }

    /// <summary>
    /// An admin's decision on a mail that is not sent: <paramref name="to"/> is <see cref="MailIntentState.Sent"/> after a
    /// replay or <see cref="MailIntentState.Dismissed"/>. False when the mail is not waiting (already sent or dismissed).
    /// </summary>
    public async Task<bool> ResolveAsync(string key, MailIntentState to, CancellationToken cancellationToken = default)
    {
        if (to is not (MailIntentState.Sent or MailIntentState.Dismissed)) throw new ArgumentOutOfRangeException(nameof(to), to, "An admin sends or dismisses a mail.");
        return await ExecuteAsync("""
            UPDATE mail_intents SET state = $state, resolved_at = $now WHERE effect_key = $key AND state IN ('uncertain', 'sending')
            """, cancellationToken, ("$key", key), ("$state", to == MailIntentState.Sent ? "sent" : "dismissed"), ("$now", Now)).ConfigureAwait(false) == 1;
    }

    private const string Columns = "effect_key, automation_id, state, recipients, subject, html_body, text_body, created_at";

    private long Now => clock.GetUtcNow().ToUnixTimeMilliseconds();

    private static MailIntentState Parse(string state) => state switch
    {
        "sending" => MailIntentState.Sending,
        "sent" => MailIntentState.Sent,
        "uncertain" => MailIntentState.Uncertain,
        _ => MailIntentState.Dismissed
    };

    private static async Task<List<MailIntent>> ReadAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        var result = new List<MailIntent>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var mail = new AutomationMail(reader.GetString(3).Split(RecipientSeparator, StringSplitOptions.RemoveEmptyEntries), reader.GetString(4), reader.GetString(5), reader.GetString(6));
            result.Add(new MailIntent(reader.GetString(0), reader.GetString(1), Parse(reader.GetString(2)), mail, DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(7))));
        }
        return result;
    }

    private async Task<int> ExecuteAsync(string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        using var turn = await database.EnterWriteAsync(cancellationToken).ConfigureAwait(false);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
