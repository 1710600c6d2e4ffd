namespace LeanIX.Quality;

/// <summary>One finding of a quality checker on a fact sheet or an organisation.</summary>
/// <param name="Code">A stable code, e.g. <c>MISSING_DESCRIPTION</c>; to-dos and reports group by it.</param>
/// <param name="Message">What is wrong, in a sentence a fact sheet owner understands.</param>
/// <param name="Severity">How urgent it is.</param>
/// <param name="SubjectId">The fact sheet (or organisation's fact sheet) the gap is on.</param>
/// <param name="SubjectType">Its type, e.g. <c>Application</c>.</param>
/// <param name="SubjectName">Its display name.</param>
/// <param name="Field">The field concerned (<c>description</c>, <c>lifecycle</c>…), if any.</param>
/// <param name="Relation">The relation key or role/tag group concerned, if any.</param>
/// <param name="HowToFix">What the owner should do.</param>
public sealed record QualityGap(
    string Code, string Message, GapSeverity Severity, Guid SubjectId, string SubjectType, string SubjectName,
    string? Field, string? Relation, string HowToFix);
