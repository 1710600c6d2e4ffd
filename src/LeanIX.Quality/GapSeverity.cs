namespace LeanIX.Quality;

/// <summary>How urgently a gap should be closed; ordered, so reports can sort and count by it.</summary>
public enum GapSeverity
{
    /// <summary>Nice to have.</summary>
    Info = 0,

    /// <summary>Should be fixed.</summary>
    Warning = 1,

    /// <summary>Must be fixed: the fact sheet cannot be trusted as it is.</summary>
    Error = 2
}
