namespace LeanIX.Emulator.Rest.Todos;

/// <summary>The enumerations of to-dos (admin.md §4.2) and which categories the actions apply to (D51).</summary>
public static class TodoVocabulary
{
    public static readonly IReadOnlyList<string> Categories = ["ACTION_ITEM", "ANSWER", "APPROVAL", "LINK", "IMPORT"];
    public static readonly IReadOnlyList<string> States = ["OPEN", "IN_PROGRESS", "CLOSED"];
    public static readonly IReadOnlyList<string> Resolutions = ["ACCEPTED", "REJECTED", "REVERTED"];

    /// <summary>D51: <c>accept</c> is for catalog/discovery to-dos only.</summary>
    public static readonly IReadOnlySet<string> Acceptable = new HashSet<string>(StringComparer.Ordinal) { "LINK", "IMPORT" };

    /// <summary>D51: <c>reject</c> also ends questions and approvals.</summary>
    public static readonly IReadOnlySet<string> Rejectable = new HashSet<string>(StringComparer.Ordinal) { "LINK", "IMPORT", "ANSWER", "APPROVAL" };
}
