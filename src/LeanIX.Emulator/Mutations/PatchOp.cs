namespace LeanIX.Emulator.Mutations;

/// <summary>The three patch operations (D7: <c>add | replace | remove</c>).</summary>
internal enum PatchOp
{
    Add,
    Replace,
    Remove
}

internal static class PatchOps
{
    /// <summary>Parses an operation case-insensitively; anything else is a BUSINESS_LOGIC error.</summary>
    public static PatchOp Parse(PatchOperation patch, string entityType, Guid? objectId) =>
        patch.Op?.Trim().ToLowerInvariant() switch
        {
            "add" => PatchOp.Add,
            "replace" => PatchOp.Replace,
            "remove" => PatchOp.Remove,
            _ => throw MutationException.BusinessLogic(entityType, objectId, patch.Path,
                $"Unknown patch operation '{patch.Op}'. Use add, replace or remove.")
        };
}
