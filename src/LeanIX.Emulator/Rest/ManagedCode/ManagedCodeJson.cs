using System.Text.Json.Nodes;
using LeanIX.Emulator.Domain;
using LeanIX.Emulator.Wire;

namespace LeanIX.Emulator.Rest.ManagedCode;

/// <summary>The ExecutionConfiguration, code version and ExecutionLog shapes of admin.md §8.3 (D58).</summary>
public static class ManagedCodeJson
{
    public static readonly string[] Capabilities = ["AUTOMATIONS", "CALCULATIONS", "WEBHOOKS"];

    public static JsonObject Configuration(ExecutionConfiguration c) => new()
    {
        ["id"] = Formats.Id(c.Id),
        ["name"] = c.Name,
        ["description"] = c.Description,
        ["active"] = c.Active,
        ["code"] = c.Code,
        ["language"] = c.Language,
        ["version"] = c.Version,
        ["capability"] = new JsonObject { ["type"] = c.Capability },
        ["createdAt"] = Formats.Timestamp(c.CreatedAt),
        ["updatedAt"] = Formats.Timestamp(c.UpdatedAt)
    };

    public static JsonObject Code(ExecutionConfiguration c, CodeVersion v) => new()
    {
        ["id"] = Formats.Id(v.Id),
        ["executionConfigurationId"] = Formats.Id(c.Id),
        ["code"] = v.Code,
        ["language"] = c.Language,
        ["version"] = v.Version,
        ["createdAt"] = Formats.Timestamp(v.CreatedAt)
    };

    public static JsonObject Log(ExecutionLog l) => new()
    {
        ["id"] = Formats.Id(l.Id),
        ["executionConfigurationId"] = Formats.Id(l.ExecutionConfigurationId),
        ["timestamp"] = Formats.Timestamp(l.Timestamp),
        ["status"] = l.Status,
        ["input"] = JsonNode.Parse(l.InputJson),
        ["output"] = l.OutputJson is null ? null : JsonNode.Parse(l.OutputJson),
        ["error"] = l.Error,
        ["version"] = l.Version
    };

    /// <summary>D58: lists are <c>{"data":[…],"total":n}</c>, one object is <c>{"data":…}</c>.</summary>
    public static IResult List(IEnumerable<JsonNode> items)
    {
        var array = new JsonArray(items.ToArray());
        return Results.Text(new JsonObject { ["data"] = array, ["total"] = array.Count }.ToJsonString(), "application/json");
    }

    public static IResult One(JsonNode item) => Results.Text(new JsonObject { ["data"] = item }.ToJsonString(), "application/json");
}
