using LeanIX.Emulator.Model;
using LeanIX.Emulator.Store;
using LeanIX.Emulator.Domain;

namespace LeanIX.Emulator.Mutations;

/// <summary>
/// The state of one <c>createFactSheet</c>/<c>updateFactSheet</c> call while its patches are applied.
/// Specific events are collected per kind so they can be recorded in the D28 order at the end.
/// </summary>
internal sealed class FactSheetPatchContext(
    WorkspaceTransaction tx, FactSheet factSheet, FactSheetTypeDefinition type, bool isCreate, string? comment)
{
    public WorkspaceTransaction Tx { get; } = tx;

    /// <summary>The transaction's private copy of the patched fact sheet.</summary>
    public FactSheet FactSheet { get; } = factSheet;

    public FactSheetTypeDefinition Type { get; } = type;

    public bool IsCreate { get; } = isCreate;

    public string? Comment { get; } = comment;

    /// <summary>TAG_CREATED (tags made by name), FACT_SHEET_TAG_ADDED/REMOVED.</summary>
    public List<ChangeRecord> TagEvents { get; } = [];

    /// <summary>RELATION_CREATED/UPDATED/SWITCH/DELETED/ARCHIVED.</summary>
    public List<ChangeRecord> RelationEvents { get; } = [];

    /// <summary>FACT_SHEET_ARCHIVED/RECOVERED.</summary>
    public List<ChangeRecord> StatusEvents { get; } = [];

    /// <summary>The <c>new_*</c> path segments used so far (D22: unique within the patch list).</summary>
    public HashSet<string> NewRelationPaths { get; } = new(StringComparer.Ordinal);

    /// <summary>D92: set when a patch of this call approves the quality seal, so the call's own changes do not break it.</summary>
    public bool ApprovesSeal { get; set; }

    public Guid Id => FactSheet.Id;

    /// <summary>
    /// Marks a fact sheet for a rev bump (D19). A fact sheet being created is never touched:
    /// its rev must stay 0 (D19) even when its patches create relations.
    /// </summary>
    public void Touch(Guid factSheetId)
    {
        if (IsCreate && factSheetId == FactSheet.Id) return;
        Tx.Touch(factSheetId);
    }

    public MutationException InvalidPath(string path) =>
        MutationException.InvalidPath(MutationEntityType.FactSheet, Id, path, $"FactSheet schema {Type.Key}");

    public ChangeRecord FactSheetEvent(string eventType, string? path = null) => new()
    {
        EventType = eventType,
        EntityType = MutationEntityType.FactSheet,
        EntityId = Id,
        FactSheetId = Id,
        Path = path,
        Message = Comment
    };
}
