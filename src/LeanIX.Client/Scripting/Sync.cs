namespace LeanIX.Client.Scripting;

/// <summary>
/// The one place the script facade waits for the async core. The work runs on the thread pool, so a
/// caller with a synchronisation context (a UI thread, an old ASP.NET request) cannot deadlock on it.
/// Hosts should never need it: they call the async methods.
/// </summary>
public static class Sync
{
    /// <summary>Runs <paramref name="work"/> and waits for its result, rethrowing its exception unwrapped.</summary>
    public static T Run<T>(Func<Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        return Task.Run(work).GetAwaiter().GetResult();
    }

    /// <summary>Runs <paramref name="work"/> and waits for it, rethrowing its exception unwrapped.</summary>
    public static void Run(Func<Task> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        Task.Run(work).GetAwaiter().GetResult();
    }
}
