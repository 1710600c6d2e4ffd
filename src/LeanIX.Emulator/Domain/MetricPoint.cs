namespace LeanIX.Emulator.Domain;

/// <summary>
/// One point of a schema at a timestamp (epoch seconds, D47). A schema holds one point per timestamp: posting at a
/// taken timestamp overwrites it (admin.md §3.2), so the id is derived from schema and timestamp.
/// </summary>
public sealed class MetricPoint : IEntity<MetricPoint>
{
    public Guid Id { get; set; }
    public Guid SchemaId { get; set; }
    public long Timestamp { get; set; }
    public Dictionary<string, double> Metrics { get; set; } = new(StringComparer.Ordinal);
    public Dictionary<string, string> Dimensions { get; set; } = new(StringComparer.Ordinal);

    public MetricPoint Clone()
    {
        var copy = (MetricPoint)MemberwiseClone();
        copy.Metrics = new Dictionary<string, double>(Metrics, StringComparer.Ordinal);
        copy.Dimensions = new Dictionary<string, string>(Dimensions, StringComparer.Ordinal);
        return copy;
    }
}
