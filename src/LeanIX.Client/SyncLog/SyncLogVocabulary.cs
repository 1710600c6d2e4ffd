namespace LeanIX.Client.SyncLog;

/// <summary>Run and item statuses of the synchronization log (admin.md §2.2).</summary>
public static class SyncLogStatus
{
    /// <summary>Everything went well.</summary>
    public const string Ok = "OK";
    /// <summary>Something needs a look.</summary>
    public const string Warning = "WARNING";
    /// <summary>Something failed.</summary>
    public const string Error = "ERROR";
    /// <summary>Information only.</summary>
    public const string Info = "INFO";
}

/// <summary>Run progress values (D43: the documented ones and the seed's FAILED).</summary>
public static class SyncLogProgress
{
    /// <summary>Waiting to start.</summary>
    public const string Pending = "PENDING";
    /// <summary>Under way.</summary>
    public const string Running = "RUNNING";
    /// <summary>Ended normally.</summary>
    public const string Finished = "FINISHED";
    /// <summary>Ended with a failure (the seed writes it).</summary>
    public const string Failed = "FAILED";
    /// <summary>Stopped on request.</summary>
    public const string Aborted = "ABORTED";
    /// <summary>Asked to stop (documented as "ABORTION PENDING").</summary>
    public const string AbortionPending = "ABORTION_PENDING";
}

/// <summary>What a sync item did to its target.</summary>
public static class SyncLogAction
{
    /// <summary>The target was created.</summary>
    public const string Create = "CREATE";
    /// <summary>The target was changed.</summary>
    public const string Update = "UPDATE";
    /// <summary>The target was removed.</summary>
    public const string Delete = "DELETE";
    /// <summary>Nothing was written.</summary>
    public const string None = "NONE";
}
