namespace LeanIX.Emulator.Rest.Integrations;

/// <summary>Run states of IAPI-SPEC <c>StatusResponse</c> (admin.md §1.1, §1.5).</summary>
public static class RunStatus
{
    public const string Created = "CREATED";
    public const string Pending = "PENDING";
    public const string InProgress = "IN_PROGRESS";
    public const string Finished = "FINISHED";
    public const string Stopped = "STOPPED";
    public const string Failed = "FAILED";

    public static bool IsEnded(string status) => status is Finished or Stopped or Failed;
}
