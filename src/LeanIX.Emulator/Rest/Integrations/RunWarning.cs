using System.Text.Json.Nodes;

namespace LeanIX.Emulator.Rest.Integrations;

/// <summary>
/// One entry of <c>GET …/warnings</c>, IAPI-SPEC <c>Warning</c>: <c>{processor:{name,index}, content, message, detail,
/// category, status: WARNING|ERROR}</c>. <see cref="ProcessorIndex"/> is the processor's position in the configuration.
/// </summary>
public sealed record RunWarning(string? ProcessorName, int? ProcessorIndex, string? ContentId, string Message, string? Detail,
    string Category, bool IsError)
{
    public const string CategoryExpression = "EXPRESSION";
    public const string CategoryProcessing = "PROCESSING";
    public const string CategoryValidation = "VALIDATION";
    public const string CategoryDeletion = "DELETION";

    public JsonObject ToJson() => new()
    {
        ["processor"] = ProcessorName is null && ProcessorIndex is null ? null : new JsonObject { ["name"] = ProcessorName, ["index"] = ProcessorIndex },
        ["content"] = ContentId,
        ["message"] = Message,
        ["detail"] = Detail,
        ["category"] = Category,
        ["status"] = IsError ? "ERROR" : "WARNING"
    };
}
