namespace LeanIX.Client.Todos;

/// <summary>
/// A to-do on a fact sheet as the to-do service returns it (admin.md §4.2). Change one with a <c>with</c> expression and
/// pass it to <see cref="TodosClient.UpdateAsync"/>. Enumerations are the wire's strings (<see cref="TodoCategory"/>,
/// <see cref="TodoState"/>, <see cref="TodoResolution"/>).
/// </summary>
public sealed record Todo
{
    /// <summary>The to-do's id (a UUID).</summary>
    public string? Id { get; init; }

    /// <summary>The workspace it lives in.</summary>
    public string? WorkspaceId { get; init; }

    /// <summary>The fact sheet it is about.</summary>
    public TodoFactSheet? FactSheet { get; init; }

    /// <summary>The headline.</summary>
    public string? Title { get; init; }

    /// <summary>Plain text.</summary>
    public string? Description { get; init; }

    /// <summary>One of <see cref="TodoCategory"/>.</summary>
    public string? Category { get; init; }

    /// <summary>One of <see cref="TodoState"/>.</summary>
    public string? State { get; init; }

    /// <summary>How a closed to-do ended (<see cref="TodoResolution"/>), else null.</summary>
    public string? Resolution { get; init; }

    /// <summary>The users asked to act.</summary>
    public IReadOnlyList<TodoUser> Assignees { get; init; } = [];

    /// <summary>Who took it over (accept, reject, assign to me), or null.</summary>
    public TodoUser? Owner { get; init; }

    /// <summary>Who created it.</summary>
    public TodoUser? Creator { get; init; }

    /// <summary>When it is due, or null.</summary>
    public DateOnly? DueDate { get; init; }

    /// <summary>The creator's key for finding it again (e.g. <c>prefix:source:target</c>).</summary>
    public string? ExternalId { get; init; }

    /// <summary>The answer of an ANSWER to-do once replied to.</summary>
    public string? Reply { get; init; }

    /// <summary>When it was created.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>When it last changed.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }
}

/// <summary>The fact sheet a to-do is about.</summary>
/// <param name="Id">The fact sheet id.</param>
/// <param name="Type">Its type.</param>
/// <param name="DisplayName">Its display name.</param>
public sealed record TodoFactSheet(string Id, string? Type = null, string? DisplayName = null);

/// <summary>A user named on a to-do.</summary>
/// <param name="Id">The user id.</param>
/// <param name="DisplayName">First and last name, when the service gives them.</param>
/// <param name="Email">The e-mail, when the service gives it.</param>
public sealed record TodoUser(string Id, string? DisplayName = null, string? Email = null);
