namespace LeanIX.Emulator.Rest.SyncLog;

/// <summary>The enumerations of the synchronization log (admin.md §2.2, D43).</summary>
public static class SyncLogVocabulary
{
    public static readonly IReadOnlyList<string> Statuses = ["OK", "WARNING", "ERROR", "INFO"];
    public static readonly IReadOnlyList<string> Actions = ["CREATE", "UPDATE", "DELETE", "NONE"];
    public static readonly IReadOnlyList<string> Scopes = ["FULL", "PARTIAL"];

    /// <summary>D43: the union of the documented and the seed's values.</summary>
    public static readonly IReadOnlyList<string> Progresses = ["PENDING", "RUNNING", "FINISHED", "FAILED", "ABORTED", "ABORTION_PENDING"];

    /// <summary>Progress values that end a run: reaching one sets <c>finishedAt</c> when none was sent (D46).</summary>
    public static readonly IReadOnlySet<string> Final = new HashSet<string>(StringComparer.Ordinal) { "FINISHED", "FAILED", "ABORTED" };

    /// <summary>D43: the documented spelling with a space is accepted and normalised.</summary>
    public static string? NormaliseProgress(string? progress) => progress == "ABORTION PENDING" ? "ABORTION_PENDING" : progress;

    /// <summary>D46 and the UI's rule: ERROR &gt; WARNING &gt; INFO &gt; OK.</summary>
    public static string Derive(IEnumerable<string> itemStatuses)
    {
        var rank = -1;
        foreach (var status in itemStatuses)
            rank = Math.Max(rank, status switch { "ERROR" => 3, "WARNING" => 2, "INFO" => 1, _ => 0 });
        return rank switch { 3 => "ERROR", 2 => "WARNING", 1 => "INFO", _ => "OK" };
    }
}
