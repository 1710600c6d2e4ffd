using System.Text.Json.Serialization;

namespace LeanIX.Automation.Web;

/// <summary>A line of the live log as the browser receives it (the script shows it as text, never as markup).</summary>
/// <param name="At">When it was written (ISO 8601).</param>
/// <param name="Level">Information, Warning or Error.</param>
/// <param name="Message">The text.</param>
internal sealed record LiveLogLine(DateTimeOffset At, string Level, string Message);

/// <summary>An initial sync's progress as the browser receives it.</summary>
/// <param name="State">Running, Completed, Cancelled or Failed.</param>
/// <param name="Total">Fact sheets to go through.</param>
/// <param name="Processed">Fact sheets done.</param>
/// <param name="Failed">Fact sheets whose handler threw.</param>
/// <param name="Percent">0–100.</param>
/// <param name="Error">Why it failed, or null.</param>
internal sealed record LiveSyncStatus(string State, int Total, int Processed, int Failed, int Percent, string? Error);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(LiveLogLine))]
[JsonSerializable(typeof(LiveSyncStatus))]
internal sealed partial class MenuJsonContext : JsonSerializerContext;
