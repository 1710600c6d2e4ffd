using System.Text.Json;
using System.Text.Json.Serialization;

namespace LeanIX.Quality.Reports;

/// <summary>Writes the report as JSON (camelCase, severities as names) through a source-generated context.</summary>
public static class JsonReportWriter
{
    /// <summary>The report as JSON text.</summary>
    public static string Serialize(DataCompletenessReport report) => JsonSerializer.Serialize(report, ReportJsonContext.Default.DataCompletenessReport);

    /// <summary>Gaps as a JSON array.</summary>
    public static string SerializeGaps(IReadOnlyList<QualityGap> gaps) => JsonSerializer.Serialize(gaps, ReportJsonContext.Default.IReadOnlyListQualityGap);

    /// <summary>Reads gaps written by <see cref="SerializeGaps"/>.</summary>
    public static IReadOnlyList<QualityGap>? DeserializeGaps(string json) => JsonSerializer.Deserialize(json, ReportJsonContext.Default.IReadOnlyListQualityGap);

    /// <summary>Reads a report written by <see cref="Serialize"/>.</summary>
    public static DataCompletenessReport? Deserialize(string json) => JsonSerializer.Deserialize(json, ReportJsonContext.Default.DataCompletenessReport);
}

[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, UseStringEnumConverter = true)]
[JsonSerializable(typeof(DataCompletenessReport))]
[JsonSerializable(typeof(IReadOnlyList<QualityGap>))]
internal sealed partial class ReportJsonContext : JsonSerializerContext;
