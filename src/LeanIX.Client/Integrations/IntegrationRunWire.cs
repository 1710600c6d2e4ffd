using System.Text.Json.Serialization;

namespace LeanIX.Client;

/// <summary>IAPI-SPEC <c>StatusResponse</c>: <c>{id, status[, description]}</c>.</summary>
internal sealed record RunStatusWire(Guid Id, string? Status, string? Description);

/// <summary>D38: the create answer <c>{"id"}</c>.</summary>
internal sealed record RunIdWire(Guid Id);

/// <summary>IAPI-SPEC <c>Warning</c>.</summary>
internal sealed record RunWarningWire(RunWarningProcessorWire? Processor, string? Content, string? Message, string? Detail, string? Category, string? Status);

/// <summary>The processor a warning belongs to.</summary>
internal sealed record RunWarningProcessorWire(string? Name, int? Index);

/// <summary>D39 <c>/stats</c>.</summary>
internal sealed record RunStatsWire(int ProcessedContentCount, int ProcessorCount, string? Duration, int CreatedCount, int UpdatedCount,
    int DeletedCount, int WarningCount, int ErrorCount);

/// <summary>The Integration API's wire shapes, source-generated (bare JSON bodies, admin.md §0).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, PropertyNameCaseInsensitive = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(RunStatusWire))]
[JsonSerializable(typeof(List<RunStatusWire>))]
[JsonSerializable(typeof(RunIdWire))]
[JsonSerializable(typeof(List<RunIdWire>))]
[JsonSerializable(typeof(List<RunWarningWire>))]
[JsonSerializable(typeof(RunStatsWire))]
internal sealed partial class IntegrationsJsonContext : JsonSerializerContext;
