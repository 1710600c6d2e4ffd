using LeanIX.Client;

namespace LeanIX.Quality.Reminders;

/// <summary>What one user is reminded of: their fact sheets with gaps, each with its link.</summary>
/// <param name="User">The user responsible.</param>
/// <param name="FactSheets">Their fact sheets with gaps, by type and name.</param>
public sealed record ReminderDigest(WorkspaceUser User, IReadOnlyList<DigestFactSheet> FactSheets)
{
    /// <summary>How many gaps the digest lists.</summary>
    public int GapCount => FactSheets.Sum(f => f.Gaps.Count);
}

/// <summary>One fact sheet in a digest.</summary>
/// <param name="Id">The fact sheet id.</param>
/// <param name="Type">Its type.</param>
/// <param name="DisplayName">Its display name.</param>
/// <param name="Link">Its page in LeanIX.</param>
/// <param name="Gaps">Its gaps, most severe first.</param>
public sealed record DigestFactSheet(Guid Id, string Type, string DisplayName, string Link, IReadOnlyList<QualityGap> Gaps);
