namespace LeanIX.Client.Todos;

/// <summary>To-do categories (admin.md §4.2).</summary>
public static class TodoCategory
{
    /// <summary>Something to do (the default).</summary>
    public const string ActionItem = "ACTION_ITEM";

    /// <summary>A question to answer (<see cref="TodosClient.ReplyAndCloseAsync"/>).</summary>
    public const string Answer = "ANSWER";

    /// <summary>An approval, created by automations.</summary>
    public const string Approval = "APPROVAL";

    /// <summary>A suggested link (catalog, discovery).</summary>
    public const string Link = "LINK";

    /// <summary>A suggested import (catalog, discovery).</summary>
    public const string Import = "IMPORT";
}

/// <summary>To-do states.</summary>
public static class TodoState
{
    /// <summary>Not started.</summary>
    public const string Open = "OPEN";

    /// <summary>Someone works on it.</summary>
    public const string InProgress = "IN_PROGRESS";

    /// <summary>Done; kept until deleted.</summary>
    public const string Closed = "CLOSED";

    /// <summary>The states of a to-do still to be done.</summary>
    public static readonly IReadOnlyList<string> Active = [Open, InProgress];
}

/// <summary>How a closed to-do ended.</summary>
public static class TodoResolution
{
    /// <summary>Accepted (also what closing an ACTION_ITEM means, D51).</summary>
    public const string Accepted = "ACCEPTED";

    /// <summary>Rejected.</summary>
    public const string Rejected = "REJECTED";

    /// <summary>Reverted.</summary>
    public const string Reverted = "REVERTED";
}
