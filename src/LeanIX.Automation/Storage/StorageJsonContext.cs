using System.Text.Json.Serialization;

namespace LeanIX.Automation.Storage;

/// <summary>A log line as stored in the database.</summary>
internal sealed record StoredLine(long At, string Level, string Message);

[JsonSerializable(typeof(List<StoredLine>))]
internal sealed partial class StorageJsonContext : JsonSerializerContext;
