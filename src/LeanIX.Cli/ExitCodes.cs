namespace LeanIX.Cli;

/// <summary>Process exit codes, so scripts and CI can tell a usage mistake from a failed request.</summary>
public static class ExitCodes
{
    /// <summary>Done.</summary>
    public const int Ok = 0;

    /// <summary>The workspace could not be reached or answered with an error.</summary>
    public const int Failed = 1;

    /// <summary>Unknown command or bad arguments.</summary>
    public const int Usage = 2;
}
