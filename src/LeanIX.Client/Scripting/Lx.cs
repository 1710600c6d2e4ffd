namespace LeanIX.Client.Scripting;

/// <summary>
/// The synchronous entry for scripts: <c>Lx.Connect();</c> then <c>FactSheets.Of("Application").All()</c>.
/// It wraps one <see cref="LeanIXClient"/> (the async core). The name is not <c>LeanIX</c>, because that
/// would clash with the <c>LeanIX</c> namespace in every file that uses it.
/// </summary>
public static class Lx
{
    private static LeanIXClient? _current;

    /// <summary>
    /// Connects with an API token (default <c>LEANIX_API_TOKEN</c>) at a host (default <c>LEANIX_HOST</c> or
    /// app.leanix.net), or with a named workspace from the user config file, and makes it the current connection.
    /// </summary>
    public static LeanIXClient Connect(string? apiToken = null, string? host = null, string? workspace = null)
    {
        var client = new LeanIXClient(apiToken, host, workspace);
        try
        {
            Sync.Run(() => client.Connection.ConnectAsync());
        }
        catch
        {
            client.Dispose();
            throw;
        }
        Interlocked.Exchange(ref _current, client)?.Dispose();
        return client;
    }

    /// <summary>Uses an existing client as the current connection.</summary>
    public static LeanIXClient Use(LeanIXClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        _current = client;
        return client;
    }

    /// <summary>The current connection; <see cref="Connect"/> first.</summary>
    public static LeanIXClient Current => _current ?? throw new InvalidOperationException("Not connected: call Lx.Connect() first.");

    /// <summary>The connected workspace.</summary>
    public static WorkspaceInfo Workspace => Sync.Run(() => Current.Connection.GetWorkspaceAsync().AsTask());

    /// <summary>The workspace's web URL, for links.</summary>
    public static string WorkspaceUrl => Sync.Run(() => Current.Connection.GetWorkspaceUrlAsync());

    /// <summary>Loads every fact sheet (or of <paramref name="types"/>) into memory, so the script runs on local data.</summary>
    public static void Preload(params string[] types) =>
        Sync.Run(() => Current.PreloadAsync(types.Length == 0 ? null : types));
}

/// <summary>Fact sheets of the current <see cref="Lx"/> connection, by type.</summary>
public static class FactSheets
{
    /// <summary>The fact sheets of one type: <c>FactSheets.Of("Application").Get("ERP - Global")</c>.</summary>
    public static FactSheetSet Of(string type) => Lx.Current.FactSheets.Of(type);
}
