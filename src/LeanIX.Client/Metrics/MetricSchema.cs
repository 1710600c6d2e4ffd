namespace LeanIX.Client.Metrics;

/// <summary>
/// A metrics v2 schema (admin.md §3.2; v1 called it a measurement): points carry its dimension attributes (strings,
/// e.g. <c>factSheetId</c>) and metric attributes (numbers). Names are unique per workspace.
/// </summary>
public sealed record MetricSchema
{
    /// <summary>The server-assigned id.</summary>
    public string? Uuid { get; init; }

    /// <summary>The name charts refer to as <c>measurement</c>.</summary>
    public required string Name { get; init; }

    /// <summary>What it measures.</summary>
    public string? Description { get; init; }

    /// <summary>The attributes points may carry.</summary>
    public IReadOnlyList<MetricAttribute> Attributes { get; init; } = [];

    /// <summary>Whether <paramref name="name"/> is a metric (numeric) attribute of this schema.</summary>
    public bool HasMetric(string name) => Attributes.Any(a => a.Name == name && a.Type == MetricAttributeType.Metric);

    /// <summary>Whether <paramref name="name"/> is a dimension (string) attribute of this schema.</summary>
    public bool HasDimension(string name) => Attributes.Any(a => a.Name == name && a.Type == MetricAttributeType.Dimension);
}

/// <summary>An attribute of a schema.</summary>
/// <param name="Name">The key in a point.</param>
/// <param name="Type"><see cref="MetricAttributeType.Dimension"/> or <see cref="MetricAttributeType.Metric"/>.</param>
public sealed record MetricAttribute(string Name, string Type);

/// <summary>Attribute types (v1 tags → dimensions, fields → metrics; DOCS/metrics).</summary>
public static class MetricAttributeType
{
    /// <summary>A string that identifies what a value belongs to (e.g. a fact sheet id).</summary>
    public const string Dimension = "dimension";

    /// <summary>A number.</summary>
    public const string Metric = "metric";
}
