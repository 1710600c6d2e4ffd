using LeanIX.Automation.Storage;
using Microsoft.Extensions.Options;

namespace LeanIX.Automation.Web;

/// <summary>
/// Slows password guessing at the menu's login: failed logins are counted per user name and per client address in the
/// host's database (so every host on one database sees the same counts, and a restart does not reset them), on the
/// <see cref="TimeProvider"/>. After <see cref="MenuAdminOptions.MaxFailedLogins"/> failures within
/// <see cref="MenuAdminOptions.FailedLoginWindow"/>, that name or address is refused for
/// <see cref="MenuAdminOptions.LockoutDuration"/>, even with the right password, without the password being checked.
/// A successful login clears the counts of its name and address.
/// </summary>
public sealed class LoginThrottle(AutomationDatabase database, TimeProvider clock, IOptions<MenuAdminOptions> options)
{
    // A typed user name is the attacker's text: keys are bounded so rows stay small.
    private const int MaxKeyLength = 200;

    /// <summary>Until when <paramref name="userName"/> or <paramref name="address"/> is locked out, or null when neither is.</summary>
    public async Task<DateTimeOffset?> LockedUntilAsync(string? userName, string? address, CancellationToken cancellationToken = default)
    {
        var now = Now;
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT MAX(locked_until) FROM login_failures WHERE throttle_key IN ($user, $address) AND locked_until > $now";
        command.Parameters.AddWithValue("$user", UserKey(userName));
        command.Parameters.AddWithValue("$address", AddressKey(address));
        command.Parameters.AddWithValue("$now", now);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is long until ? DateTimeOffset.FromUnixTimeMilliseconds(until) : null;
    }

    /// <summary>Counts a failed login against the name and the address; locks whichever reaches the limit.</summary>
    public async Task RecordFailureAsync(string? userName, string? address, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        var now = Now;
        var windowStart = now - (long)settings.FailedLoginWindow.TotalMilliseconds;
        using var turn = await database.EnterWriteAsync(cancellationToken).ConfigureAwait(false);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (var prune = connection.CreateCommand())
        {
            // Rows whose window and lock are both over count for nothing; dropping them keeps the table small.
            prune.CommandText = "DELETE FROM login_failures WHERE window_start <= $windowStart AND COALESCE(locked_until, 0) <= $now";
            prune.Parameters.AddWithValue("$windowStart", windowStart);
            prune.Parameters.AddWithValue("$now", now);
            await prune.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        foreach (var key in new[] { UserKey(userName), AddressKey(address) })
        {
            await using var count = connection.CreateCommand();
            // Failures start a window at the first one; the limit reached inside the window sets the lock.
            count.CommandText = """
                INSERT INTO login_failures (throttle_key, failures, window_start, locked_until) VALUES ($key, 1, $now, CASE WHEN 1 >= $max THEN $lockedUntil END)
                ON CONFLICT (throttle_key) DO UPDATE SET
                    failures = CASE WHEN window_start <= $windowStart THEN 1 ELSE failures + 1 END,
                    window_start = CASE WHEN window_start <= $windowStart THEN $now ELSE window_start END,
                    locked_until = CASE WHEN (CASE WHEN window_start <= $windowStart THEN 1 ELSE failures + 1 END) >= $max THEN $lockedUntil ELSE locked_until END
                """;
            count.Parameters.AddWithValue("$key", key);
            count.Parameters.AddWithValue("$now", now);
            count.Parameters.AddWithValue("$windowStart", windowStart);
            count.Parameters.AddWithValue("$max", settings.MaxFailedLogins);
            count.Parameters.AddWithValue("$lockedUntil", now + (long)settings.LockoutDuration.TotalMilliseconds);
            await count.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Clears the counts of a name and an address after a successful login.</summary>
    public async Task RecordSuccessAsync(string? userName, string? address, CancellationToken cancellationToken = default)
    {
        using var turn = await database.EnterWriteAsync(cancellationToken).ConfigureAwait(false);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM login_failures WHERE throttle_key IN ($user, $address)";
        command.Parameters.AddWithValue("$user", UserKey(userName));
        command.Parameters.AddWithValue("$address", AddressKey(address));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private long Now => clock.GetUtcNow().ToUnixTimeMilliseconds();

    private static string UserKey(string? userName) => Bounded("user:" + (userName ?? "").Trim().ToUpperInvariant());

    private static string AddressKey(string? address) => Bounded("address:" + (string.IsNullOrEmpty(address) ? "unknown" : address));

    private static string Bounded(string key) => key.Length > MaxKeyLength ? key[..MaxKeyLength] : key;
}
