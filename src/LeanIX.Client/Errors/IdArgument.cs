using System.Runtime.CompilerServices;

namespace LeanIX.Client;

/// <summary>
/// The argument check every area client makes before an id goes into a path: an empty id would address the collection
/// instead of one element, so it is refused here with the parameter's name rather than answered by the service.
/// </summary>
internal static class IdArgument
{
    public static Guid NotEmpty(Guid id, string what, [CallerArgumentExpression(nameof(id))] string? parameter = null) =>
        id != Guid.Empty ? id : throw new ArgumentException($"The {what} id is empty.", parameter);
}
