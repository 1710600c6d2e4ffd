using System.Text.Json.Serialization;

namespace LeanIX.Automation.Intake;

/// <summary>The PUSH endpoint's answer body.</summary>
/// <param name="Status">OK or ERROR.</param>
/// <param name="Message">What happened, or what was wrong.</param>
internal sealed record EndpointAnswer(string Status, string Message);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(EndpointAnswer))]
internal sealed partial class IntakeJsonContext : JsonSerializerContext;
