namespace LeanIX.Emulator.Mutations;

/// <summary>
/// A rejected mutation. The GraphQL layer maps it to one <c>errors[]</c> entry with
/// <c>extensions {errorType, entityType, objectId, objectPath}</c> (D17) and drops the transaction,
/// which rolls back every patch of the call (patches are atomic, D17).
/// </summary>
public sealed class MutationException : Exception
{
    public MutationException(string errorType, string entityType, string? objectId, string? objectPath, string message)
        : base(message)
    {
        ErrorType = errorType;
        EntityType = entityType;
        ObjectId = objectId;
        ObjectPath = objectPath;
    }

    /// <summary><c>MODEL_COMPLIANT</c> or <c>BUSINESS_LOGIC</c> (<see cref="MutationErrorType"/>).</summary>
    public string ErrorType { get; }

    /// <summary><c>FactSheet</c>, <c>Relation</c>, <c>Tag</c>, <c>TagGroup</c>, <c>Subscription</c> or <c>Document</c>.</summary>
    public string EntityType { get; }

    public string? ObjectId { get; }

    /// <summary>The patch path that failed, or null.</summary>
    public string? ObjectPath { get; }

    public static MutationException ModelCompliant(string entityType, Guid? objectId, string? path, string message) =>
        new(MutationErrorType.ModelCompliant, entityType, Format(objectId), path, message);

    public static MutationException BusinessLogic(string entityType, Guid? objectId, string? path, string message) =>
        new(MutationErrorType.BusinessLogic, entityType, Format(objectId), path, message);

    /// <summary>D17 template: <c>&lt;EntityType&gt; with id '&lt;id&gt;' not found</c>.</summary>
    public static MutationException NotFound(string entityType, Guid id, string? path = null) =>
        BusinessLogic(entityType, id, path, $"{entityType} with id '{Format(id)}' not found");

    /// <summary>D17 template: <c>The path '&lt;path&gt;' is invalid in FactSheet schema &lt;Type&gt;.</c></summary>
    public static MutationException InvalidPath(string entityType, Guid? objectId, string path, string schema) =>
        BusinessLogic(entityType, objectId, path, $"The path '{path}' is invalid in {schema}.");

    /// <summary>D17/D19 template: <c>[FS_VALIDATION_REV_MISMATCH] Expected rev &lt;a&gt; but current rev is &lt;b&gt;</c>.</summary>
    public static MutationException RevMismatch(Guid factSheetId, long expected, long actual) =>
        BusinessLogic(MutationEntityType.FactSheet, factSheetId, null,
            $"[FS_VALIDATION_REV_MISMATCH] Expected rev {expected} but current rev is {actual}");

    /// <summary>D17 template: <c>[FS_VALIDATION_INVALID_VALUE] Value '&lt;v&gt;' is not allowed for field '&lt;key&gt;'</c>.</summary>
    public static MutationException InvalidValue(string entityType, Guid? objectId, string? path, string value, string field) =>
        ModelCompliant(entityType, objectId, path, $"[FS_VALIDATION_INVALID_VALUE] Value '{value}' is not allowed for field '{field}'");

    // D6: ids are lower-case UUID strings.
    private static string? Format(Guid? id) => id?.ToString("D");
}
